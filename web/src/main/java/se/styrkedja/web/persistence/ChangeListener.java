package se.styrkedja.web.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import se.styrkedja.core.persistence.TenantChanges;

/**
 * Listens to the database's announcements of changed access data ({@link TenantChanges#CHANNEL}) on
 * a connection of its own, outside the pool, for as long as the application runs, and passes them
 * to {@link TenantChanges}. A lost connection is noticed within {@link #CHECK_MILLIS} (a query when
 * nothing was announced), and while it is lost nothing is remembered across requests; it is opened
 * again every {@link #RETRY_MILLIS}.
 */
final class ChangeListener implements Runnable {

  private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());
  static final int CHECK_MILLIS = 5_000;
  static final int RETRY_MILLIS = 2_000;

  private final TenantChanges changes;
  private final String url;
  private final Properties login = new Properties();
  private volatile boolean running = true;
  private volatile Connection connection;
  private Connection announcing;
  private Thread thread;

  ChangeListener(TenantChanges changes, Config config) {
    this.changes = changes;
    this.url = config.getValue("styrkedja.db.url", String.class);
    login.setProperty("user", config.getValue("styrkedja.db.user", String.class));
    config
        .getOptionalValue("styrkedja.db.password", String.class)
        .ifPresent(p -> login.setProperty("password", p));
    login.setProperty("tcpKeepAlive", "true");
    login.setProperty("ApplicationName", "styrkedja change listener");
  }

  void start(ThreadFactory threads) {
    changes.announceWith(this::announce);
    thread = threads.newThread(this);
    thread.setName("styrkedja-change-listener");
    thread.setDaemon(true);
    thread.start();
  }

  void stop() {
    running = false;
    changes.announceWith(tenant -> {});
    changes.listening(false);
    close();
    synchronized (this) {
      closeAnnouncing();
    }
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public void run() {
    while (running) {
      try (Connection c = DriverManager.getConnection(url, login)) {
        connection = c;
        try (Statement s = c.createStatement()) {
          s.execute("listen " + TenantChanges.CHANNEL);
        }
        changes.listening(true);
        LOG.fine("listening for changed access data");
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(CHECK_MILLIS);
          if (notifications == null || notifications.length == 0) {
            try (Statement s = c.createStatement()) {
              s.execute("select 1"); // still connected?
            }
            continue;
          }
          for (PGNotification n : notifications) {
            changes.announced(n.getParameter());
          }
        }
      } catch (SQLException e) {
        changes.listening(false);
        if (running) {
          LOG.log(
              Level.WARNING,
              "Not hearing of access data changed on other servers (remembered for at most"
                  + " TenantCache.FRESH until connected again): "
                  + e.getMessage());
          pause();
        }
      } finally {
        connection = null;
      }
    }
  }

  /** Tells every server (this one too) that a tenant's access data changed; never throws. */
  synchronized void announce(String tenant) {
    if (!running) {
      return;
    }
    try {
      if (announcing == null || announcing.isClosed()) {
        announcing = DriverManager.getConnection(url, login);
      }
      try (PreparedStatement s = announcing.prepareStatement("select pg_notify(?, ?)")) {
        s.setString(1, TenantChanges.CHANNEL);
        s.setString(2, tenant);
        s.execute();
      }
    } catch (SQLException e) {
      // The other servers read it again within TenantCache.FRESH anyway.
      LOG.log(Level.FINE, "could not announce a change of " + tenant, e);
      closeAnnouncing();
    }
  }

  private void closeAnnouncing() {
    if (announcing != null) {
      try {
        announcing.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
      announcing = null;
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private void close() {
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }
}
