package cn.finegov.integration.hotline.flow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records of one logger while a test runs; closing it takes it off the logger. */
final class LogCapture extends Handler implements AutoCloseable {

  final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Logger logger;

  private LogCapture(Logger logger) {
    this.logger = logger;
  }

  static LogCapture of(Class<?> type) {
    return of(Logger.getLogger(type.getName()));
  }

  static LogCapture of(Logger logger) {
    LogCapture capture = new LogCapture(logger);
    logger.addHandler(capture);
    return capture;
  }

  /** The messages logged, in order. */
  List<String> lines() {
    return records.stream().map(LogRecord::getMessage).toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
