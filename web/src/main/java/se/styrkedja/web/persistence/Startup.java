package se.styrkedja.web.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.persistence.Migrations;
import se.styrkedja.core.persistence.TenantChanges;

/**
 * At start: the schema first, then the listener for changed access data ({@link ChangeListener}),
 * then (with {@code styrkedja.demo=true}) the demo data. A servlet listener rather than a CDI
 * start-up observer, because only once the web module is initialised can the beans of the module
 * JARs reach their persistence context.
 */
@WebListener
public class Startup implements ServletContextListener {

  @Inject Event<DemoDataRequested> demoDataRequested;
  @Inject TenantChanges changes;
  @Resource ManagedThreadFactory threads;

  private ChangeListener listener;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig();
    Migrations.migrate(config);
    listener = new ChangeListener(changes, config);
    listener.start(threads);
    if (config.getOptionalValue("styrkedja.demo", Boolean.class).orElse(false)) {
      demoDataRequested.fire(new DemoDataRequested(Migrations.DEMO_TENANTS));
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (listener != null) {
      listener.stop();
    }
  }
}
