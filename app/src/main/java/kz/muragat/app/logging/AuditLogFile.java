package kz.muragat.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.muragat.server.audit.AuditLog;
import org.slf4j.LoggerFactory;

/**
 * Sends the audit log ({@link AuditLog}) to its own file, one JSON object per line, with logback's
 * rolling appender: a new file every day and whenever one reaches 100 MB, older ones gzipped, kept
 * 365 days (at most 20 GB in all). The audit lines go nowhere else.
 */
public final class AuditLogFile {
  static final String APPENDER = "AUDIT";

  private AuditLogFile() {}

  /** Starts writing the audit log to {@code file} (e.g. {@code DATA/logs/audit.jsonl}); replaces an earlier file. */
  public static synchronized void attach(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    Files.createDirectories(abs.getParent());
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger logger = context.getLogger(AuditLog.LOGGER);
    detach(logger);

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%msg%n"); // the message is a JSON object, escaped by Jackson
    encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
    encoder.start();

    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName(APPENDER);
    appender.setFile(abs.toString());
    appender.setEncoder(encoder);
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
    rolling.setContext(context);
    rolling.setParent(appender);
    String base = abs.toString().replaceFirst("\\.jsonl$", "");
    rolling.setFileNamePattern(base + ".%d{yyyy-MM-dd}.%i.jsonl.gz");
    rolling.setMaxFileSize(FileSize.valueOf("100MB"));
    rolling.setMaxHistory(365);
    rolling.setTotalSizeCap(FileSize.valueOf("20GB"));
    rolling.start();
    appender.setRollingPolicy(rolling);
    appender.start();

    logger.addAppender(appender);
    logger.setLevel(Level.INFO);
    logger.setAdditive(false);
  }

  private static void detach(Logger logger) {
    ch.qos.logback.core.Appender<ILoggingEvent> old = logger.getAppender(APPENDER);
    if (old != null) {
      logger.detachAppender(old);
      old.stop();
    }
  }
}
