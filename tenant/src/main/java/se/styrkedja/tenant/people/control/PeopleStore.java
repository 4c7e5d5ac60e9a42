package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.tenant.people.entity.Duty;
import se.styrkedja.tenant.people.entity.Person;

/** JPA access to people and duties; every query filtered by the bound tenant. */
@ApplicationScoped
public class PeopleStore {

  // Every word typed is in the folded name, username or e-mail (Person.fold): "eva lind" finds
  // Eva Lindqvist, "ANDRE" finds André.
  private static final String SEARCH = " where p.removed = false";

  private static final int MAX_WORDS = 5;

  @Inject TenantEntityManager tenantEm;

  public Optional<Person> find(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(Person.class, id));
  }

  public List<Person> page(String search, int offset, int limit) {
    return search(
            "select p from Person p",
            " order by p.familyName, p.givenName, p.id",
            Person.class,
            search)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(String search) {
    return search("select count(p) from Person p", "", Long.class, search).getSingleResult();
  }

  public List<Duty> duties(UUID personId) {
    return tenantEm
        .get()
        .createQuery(
            "select d from Duty d where d.personId = :p and d.removed = false"
                + " order by d.startDate, d.dutyRole, d.id",
            Duty.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /** The people known by these usernames, linked or as their principal name. */
  public List<Person> byUsernames(java.util.Collection<String> usernames) {
    return tenantEm
        .get()
        .createQuery(
            "select p from Person p where p.linkedUsername in :u or p.principalName in :u",
            Person.class)
        .setParameter("u", usernames)
        .getResultList();
  }

  public Optional<Person> linkedTo(String username) {
    return first(
        tenantEm
            .get()
            .createQuery("select p from Person p where p.linkedUsername = :u", Person.class)
            .setParameter("u", username));
  }

  /** A person not yet linked, not removed, with this principal name or e-mail. */
  public Optional<Person> unlinkedBy(String field, String value) {
    return first(
        tenantEm
            .get()
            .createQuery(
                "select p from Person p where p.linkedUsername is null and p.removed = false and p."
                    + field
                    + " = :v order by p.id",
                Person.class)
            .setParameter("v", value));
  }

  private static Optional<Person> first(TypedQuery<Person> q) {
    return q.setMaxResults(1).getResultStream().findFirst();
  }

  private <T> TypedQuery<T> search(String select, String order, Class<T> type, String search) {
    List<String> words =
        java.util.Arrays.stream(Person.fold(search).replace("%", "").replace("_", "").split(" "))
            .filter(w -> !w.isEmpty())
            .limit(MAX_WORDS)
            .toList();
    StringBuilder jpql = new StringBuilder(select).append(SEARCH);
    for (int i = 0; i < words.size(); i++) {
      jpql.append(" and p.searchKey like :w").append(i);
    }
    TypedQuery<T> q = tenantEm.get().createQuery(jpql.append(order).toString(), type);
    for (int i = 0; i < words.size(); i++) {
      q.setParameter("w" + i, "%" + words.get(i) + "%");
    }
    return q;
  }
}
