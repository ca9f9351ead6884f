package cn.finegov.simulators;

import cn.finegov.simulators.egov.EgovPlatformSimulator;
import cn.finegov.simulators.hotline.HotlineSimulator;
import java.util.Arrays;

/** Command line: {@code java -jar governance-simulators-runnable.jar <simulator> [options]}. */
public final class Simulators {

  private Simulators() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
      System.exit(2);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "egov" -> EgovPlatformSimulator.main(rest);
      case "hotline" -> HotlineSimulator.main(rest);
      default -> {
        usage();
        System.exit(2);
      }
    }
  }

  private static void usage() {
    System.err.println(
        """
        usage: java -jar governance-simulators-runnable.jar <simulator> [options]
          egov     the e-government platform: an SFTP server for the organisation directory exchange,
                   and a generator of directory files (see: egov --help)
          hotline  the 12345 hotline: pushes tickets and return visits, writes its middle database,
                   receives feedback, has a control API under /sim/ (see: hotline --help)
        """);
  }
}
