package dev.hppgateway.adapter.persistence;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an H2 file database write each commit to its file before the commit returns. By default H2
 * keeps commits in memory for up to {@code WRITE_DELAY} (500 ms) and writes them in the background,
 * so a process killed in that time ({@code kill -9}, the OOM killer) loses commits whose callers
 * were already answered: a page the API answered 201 for is gone after the restart (the service
 * jar's KillDashNineIT saw exactly that). {@code SET WRITE_DELAY 0} (for the open database, so set
 * each time a data source is created) hands every commit to the operating system at once, so it
 * survives the process; it is no {@code fsync}, so a power loss may still take the last commits:
 * PostgreSQL is the database for real payments. In-memory H2 and PostgreSQL are left alone. Runs as
 * each data source is created, for the service and for {@link JdbcStores} alike.
 */
@Singleton
class H2DurableCommits implements BeanCreatedEventListener<DataSource> {
  private static final Logger LOG = LoggerFactory.getLogger(H2DurableCommits.class);

  @Override
  public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
    DataSource dataSource = event.getBean();
    try (Connection connection =
        DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
      DatabaseMetaData database = connection.getMetaData();
      if (isH2File(database.getDatabaseProductName(), database.getURL())) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET WRITE_DELAY 0");
        }
        if (!connection.getAutoCommit()) {
          // the pool rolls back what a connection returned uncommitted: the setting too
          connection.commit();
        }
        LOG.info("H2 file database: each commit is written at once (WRITE_DELAY 0)");
      }
    } catch (SQLException e) {
      // e.g. a user without admin rights: the service still runs, with H2's delayed writes
      LOG.warn(
          "could not make H2 write each commit at once (SET WRITE_DELAY 0): {}; commits of the"
              + " last half second may be lost if the process is killed",
          e.getMessage());
    }
    return dataSource;
  }

  /** An H2 database kept in files (not {@code jdbc:h2:mem:}). */
  static boolean isH2File(String productName, String url) {
    return "H2".equals(productName) && url != null && !url.startsWith("jdbc:h2:mem:");
  }
}
