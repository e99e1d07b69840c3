package com.sportshub.web.problems;

import java.util.function.BooleanSupplier;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * While the database is away (and only then), keeps out of the server's log what the outage
 * explains: records whose exception is a {@link ConnectionFailure}, and the connection pool's own
 * lines (RAR5038, RAR5117, RAR5114 for every attempt). It sits on the root logger's handlers, in
 * front of any filter they had, because the records come from loggers of Payara, EclipseLink and
 * the EJB container, some named per persistence unit.
 */
final class OutageLogFilter implements Filter {

  private static final String POOL_LOGGERS = "javax.enterprise.resource.resourceadapter";
  private static final String EJB_SYSTEM_EXCEPTION = "AS-EJB-00056";

  private final BooleanSupplier away;
  private final java.util.Map<Handler, Filter> replaced = new java.util.IdentityHashMap<>();

  OutageLogFilter(BooleanSupplier away) {
    this.away = away;
  }

  synchronized void install() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      replaced.put(handler, handler.getFilter());
      handler.setFilter(new Chained(handler.getFilter()));
    }
  }

  synchronized void remove() {
    replaced.forEach(Handler::setFilter);
    replaced.clear();
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    return !(away.getAsBoolean() && explained(record));
  }

  private static boolean explained(LogRecord record) {
    String logger = record.getLoggerName();
    return ConnectionFailure.in(record.getThrown())
        || logger != null && logger.startsWith(POOL_LOGGERS)
        || EJB_SYSTEM_EXCEPTION.equals(record.getMessage());
  }

  /** This filter, then the handler's own. */
  private final class Chained implements Filter {
    private final Filter own;

    Chained(Filter own) {
      this.own = own;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
      return OutageLogFilter.this.isLoggable(record) && (own == null || own.isLoggable(record));
    }
  }
}
