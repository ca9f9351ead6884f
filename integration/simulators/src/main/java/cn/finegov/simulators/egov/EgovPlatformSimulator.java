package cn.finegov.simulators.egov;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The e-government platform from the command line:
 *
 * <pre>
 *   egov sftp --port 2222 --user egov --password secret --root target/egov-sftp
 *   egov generate --out target/exchange --name directory.csv --charset GBK --city 990100 --districts 2
 * </pre>
 */
public final class EgovPlatformSimulator {

  private EgovPlatformSimulator() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length == 0 || "--help".equals(args[0])) {
      System.out.println(
          """
          egov sftp     --port P --user U --password S --root DIR   serve DIR over SFTP until stopped
          egov generate --out DIR [--name F] [--charset UTF-8|GBK] [--city 990100] [--districts N]
                        [--streets N] [--communities N]            write a full directory file
          """);
      return;
    }
    Map<String, String> options = options(args);
    switch (args[0]) {
      case "sftp" -> {
        EgovSftpServer server =
            EgovSftpServer.start(
                Integer.parseInt(options.getOrDefault("port", "2222")),
                options.getOrDefault("user", "egov"),
                required(options, "password"),
                Path.of(options.getOrDefault("root", "egov-sftp")));
        System.out.println(
            "e-government SFTP server on 127.0.0.1:" + server.port() + ", root " + server.root());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
      }
      case "generate" -> {
        DirectoryFile file =
            DirectoryFile.generatedCity(
                options.getOrDefault("city", "990100"),
                Integer.parseInt(options.getOrDefault("districts", "2")),
                Integer.parseInt(options.getOrDefault("streets", "2")),
                Integer.parseInt(options.getOrDefault("communities", "2")));
        Path written =
            file.writeTo(
                Path.of(required(options, "out")),
                options.getOrDefault("name", "directory.csv"),
                Charset.forName(options.getOrDefault("charset", "UTF-8")));
        System.out.println("written " + written);
      }
      default -> throw new IllegalArgumentException("unknown command " + args[0] + " (try --help)");
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option, found " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
