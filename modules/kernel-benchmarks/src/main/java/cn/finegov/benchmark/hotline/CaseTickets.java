package cn.finegov.benchmark.hotline;

import cn.finegov.simulators.hotline.HotlineSimulator;
import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.simulators.hotline.TicketGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Unique tickets that become grid cases: the simulator's realistic tickets, keeping those of a
 * category mapped to CASE that carry coordinates; a share of them is moved to a place outside the
 * demo city's grids (such a case belongs to the default district).
 */
final class CaseTickets {

  /** How far outside the box of the demo grids a moved ticket lies, in degrees. */
  static final double OUTSIDE_MIN = 0.005;

  static final double OUTSIDE_MAX = 0.03;

  private final Supplier<Ticket> source;
  private final Set<String> caseCategories;
  private final double outsideShare;
  private final Random random;

  /**
   * @param source new well-formed tickets, e.g. {@link HotlineSimulator#newTicket()}
   * @param caseCategories the hotline categories ({@code flbm}) mapped to CASE
   * @param outsideShare the share of tickets moved outside the grids (0..1)
   */
  CaseTickets(Supplier<Ticket> source, Set<String> caseCategories, double outsideShare, long seed) {
    if (caseCategories.isEmpty()) {
      throw new IllegalArgumentException("no hotline category is mapped to CASE");
    }
    if (outsideShare < 0 || outsideShare > 1) {
      throw new IllegalArgumentException("the outside share is a fraction 0..1");
    }
    this.source = source;
    this.caseCategories = Set.copyOf(caseCategories);
    this.outsideShare = outsideShare;
    this.random = new Random(seed);
  }

  /** The next ticket that must become a case. */
  Ticket next() {
    Ticket ticket;
    do {
      ticket = source.get();
    } while (!caseCategories.contains(ticket.flbm()) || ticket.jd() == null || ticket.wd() == null);
    synchronized (random) {
      if (random.nextDouble() < outsideShare) {
        double[] place = outside(random);
        return moved(ticket, place[0], place[1]);
      }
    }
    return ticket;
  }

  /** The next {@code count} tickets. */
  List<Ticket> next(int count) {
    List<Ticket> tickets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      tickets.add(next());
    }
    return tickets;
  }

  /**
   * A place (longitude, latitude) in a band {@value #OUTSIDE_MIN}..{@value #OUTSIDE_MAX} degrees
   * wide around the box of the demo grids, on one of its four sides.
   */
  static double[] outside(Random random) {
    double away = OUTSIDE_MIN + random.nextDouble() * (OUTSIDE_MAX - OUTSIDE_MIN);
    double lng =
        TicketGenerator.LNG_MIN
            + random.nextDouble() * (TicketGenerator.LNG_MAX - TicketGenerator.LNG_MIN);
    double lat =
        TicketGenerator.LAT_MIN
            + random.nextDouble() * (TicketGenerator.LAT_MAX - TicketGenerator.LAT_MIN);
    switch (random.nextInt(4)) {
      case 0 -> lng = TicketGenerator.LNG_MIN - away;
      case 1 -> lng = TicketGenerator.LNG_MAX + away;
      case 2 -> lat = TicketGenerator.LAT_MIN - away;
      default -> lat = TicketGenerator.LAT_MAX + away;
    }
    return new double[] {round(lng), round(lat)};
  }

  static boolean insideGrids(double lng, double lat) {
    return lng >= TicketGenerator.LNG_MIN
        && lng <= TicketGenerator.LNG_MAX
        && lat >= TicketGenerator.LAT_MIN
        && lat <= TicketGenerator.LAT_MAX;
  }

  private static Ticket moved(Ticket t, double lng, double lat) {
    return new Ticket(
        t.gdbh(), t.slsj(), t.qd(), t.sqlx(), t.flbm(), t.jjcd(), t.ldr(), t.dz(), lng, lat, t.nr(),
        t.cfgd(), t.blsx());
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1_000_000d) / 1_000_000d;
  }
}
