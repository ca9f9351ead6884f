package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.gridcase.GridCaseRepository;
import cn.finegov.kernel.api.module.ModuleSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The sequence numbers of new cases, per district and year. This server reserves them from the
 * counter row in blocks ({@link GridModule#CASE_NUMBER_BLOCK}, 10 unless configured) and hands them
 * out one by one, so that a busy intake updates the row once per block instead of queueing on its
 * lock for every report. Numbers stay unique; within one server they ascend with the reports. The
 * numbers of a block not used when the server stops are skipped, like those of a failed report, and
 * in a cluster each server's numbers ascend on their own. A block of 1 gives consecutive numbers on
 * every server, at the price of one counter update per report.
 */
@ApplicationScoped
public class CaseNumbers {

  @Inject GridCaseRepository cases;
  @Inject ModuleSettings settings;

  private final Blocks blocks = new Blocks(this::reserve);

  /** The next sequence number of the district and year. */
  public long next(String district, int year) {
    return blocks.next(
        district, year, settings.getInt(GridModule.KEY, GridModule.CASE_NUMBER_BLOCK));
  }

  /** The counter row of a new district and year may be made by two servers at once: retry. */
  private long reserve(String district, int year, int count) {
    try {
      return cases.reserveSequence(district, year, count);
    } catch (jakarta.persistence.PersistenceException
        | jakarta.transaction.TransactionalException e) {
      return cases.reserveSequence(district, year, count);
    }
  }

  /** Reserves {@code count} numbers and returns the last of them. */
  @FunctionalInterface
  interface Reservation {
    long reserve(String district, int year, int count);
  }

  /** The blocks in hand, one per district and year; thread-safe. */
  static final class Blocks {

    private record Key(String district, int year) {}

    private static final class Block {
      long next = 1;
      long last = 0;
    }

    private final Reservation reservation;
    private final Map<Key, Block> blocks = new HashMap<>();

    Blocks(Reservation reservation) {
      this.reservation = reservation;
    }

    /**
     * The next number of the block in hand, or of a new block of {@code size} (at least 1) when it
     * is used up. Reports of one district wait for each other only while a block is reserved.
     */
    synchronized long next(String district, int year, int size) {
      Block block = blocks.computeIfAbsent(new Key(district, year), key -> new Block());
      if (block.next > block.last) {
        int count = Math.max(1, size);
        long last = reservation.reserve(district, year, count);
        block.next = last - count + 1;
        block.last = last;
      }
      return block.next++;
    }
  }
}
