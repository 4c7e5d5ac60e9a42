package se.styrkedja.tenant.api;

import java.util.List;

/**
 * What a module puts on the caller's home page: what waits for them, what falls due, and the few
 * figures their level cares about. Every module that has something to say provides one as a CDI
 * bean; the web module asks them all and shows their cards in {@link HomeCard#order}. A provider
 * computes its cards with the caller's own access (the tenant of the request and the caller's read
 * scope): never another municipality's data, nothing outside the caller's scope. It gives no card
 * when it has nothing for the caller's levels, and keeps to a query or two per card: the home page
 * is the first page everyone opens.
 */
public interface HomeCards {

  /** The caller's cards from this module, for today's school year. */
  List<HomeCard> cards();
}
