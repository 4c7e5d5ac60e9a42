package se.styrkedja.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.tenant.TenantId;

class TenantCacheTest {

  static final TenantId BOTKYRKA = new TenantId("botkyrka");
  static final TenantId HASSLEHOLM = new TenantId("hassleholm");

  final TenantChanges changes = new TenantChanges();
  final TenantCache<String, String> cache = new TenantCache<>(changes, 100);
  final AtomicInteger reads = new AtomicInteger();

  String read(TenantId tenant) {
    return cache.get(tenant, "roles", () -> "read " + reads.incrementAndGet());
  }

  @Test
  void rememberedUntilTheTenantChanges() {
    changes.listening(true);
    assertEquals("read 1", read(BOTKYRKA));
    assertEquals("read 1", read(BOTKYRKA));
    changes.announced("botkyrka");
    assertEquals("read 2", read(BOTKYRKA));
    assertEquals("read 2", read(BOTKYRKA));
  }

  @Test
  void anotherTenantsChangeLeavesItAlone() {
    changes.listening(true);
    assertEquals("read 1", read(BOTKYRKA));
    assertEquals("read 2", read(HASSLEHOLM));
    changes.announced("hassleholm");
    assertEquals("read 1", read(BOTKYRKA));
    assertEquals("read 3", read(HASSLEHOLM));
  }

  @Test
  void aChangeWhileReadingIsNotRememberedAsFresh() {
    changes.listening(true);
    String during =
        cache.get(
            BOTKYRKA,
            "roles",
            () -> {
              changes.announced("botkyrka"); // committed elsewhere while this read ran
              return "read before the change";
            });
    assertEquals("read before the change", during);
    assertEquals("read 1", read(BOTKYRKA));
  }

  @Test
  void aChangeThisServerCommitsIsAnnouncedToTheOthers() {
    java.util.List<String> announced = new java.util.ArrayList<>();
    changes.announceWith(announced::add);
    read(BOTKYRKA);
    changes.changingInThisTransaction(BOTKYRKA);
    assertEquals(java.util.List.of("botkyrka"), announced);
    assertEquals("read 2", read(BOTKYRKA));
  }

  @Test
  void aLostConnectionForgetsEverything() {
    changes.listening(true);
    assertEquals("read 1", read(BOTKYRKA));
    changes.listening(false);
    assertEquals("read 2", read(BOTKYRKA));
    changes.listening(true); // notifications may have been missed in between
    assertEquals("read 3", read(BOTKYRKA));
    assertEquals("read 3", read(BOTKYRKA));
  }

  @Test
  void aTruncateForgetsEveryTenant() {
    changes.listening(true);
    read(BOTKYRKA);
    read(HASSLEHOLM);
    changes.announced("*");
    assertEquals("read 3", read(BOTKYRKA));
    assertEquals("read 4", read(HASSLEHOLM));
  }

  @Test
  void aChangeOutsideATransactionCountsAtOnce() {
    changes.listening(true);
    read(BOTKYRKA);
    changes.changingInThisTransaction(BOTKYRKA);
    assertEquals("read 2", read(BOTKYRKA));
  }
}
