package cn.finegov.kernel.application.setup;

import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.Roles;
import cn.finegov.kernel.api.text.Texts;
import cn.finegov.kernel.application.org.OrganisationService;
import cn.finegov.kernel.application.org.UnitDraft;
import cn.finegov.kernel.application.role.PermissionRegistry;
import cn.finegov.kernel.application.user.UserDraft;
import cn.finegov.kernel.application.user.UserService;
import cn.finegov.kernel.application.user.UserView;
import cn.finegov.kernel.domain.model.user.UserAccount;
import cn.finegov.kernel.domain.model.user.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.Config;

/**
 * Data at start. At every start: the modules' default grants to the built-in roles (once per
 * module) and their reference data. On an empty database, once: with {@code
 * governance.demo.enabled=true} the demo city from {@code governance.demo.dir} ({@code units.csv},
 * {@code users.csv}, password {@code governance.demo.password}, no forced change) and then each
 * module's demo data; otherwise the root unit named by {@code governance.bootstrap.root.*} and the
 * three separated administrators {@code sysadmin}, {@code secadmin} and {@code auditadmin}, with
 * the password {@code governance.bootstrap.password} or, when that is not set, a random one written
 * once to the server log; they must change it at the first sign-in.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class InitialData {

  private static final Logger LOG = Logger.getLogger(InitialData.class.getName());
  @Inject private Config config;
  @Inject private UserAccountRepository users;
  @Inject private OrganisationService organisation;
  @Inject private UserService userService;
  @Inject private PermissionRegistry permissions;
  @Inject private ModuleDataLoader moduleData;

  @PostConstruct
  void fillEmptyDatabase() {
    LOG.info(
        () ->
            "Configuration sources: "
                + String.join(
                    ", ",
                    java.util.stream.StreamSupport.stream(
                            config.getConfigSources().spliterator(), false)
                        .map(source -> source.getName() + " (" + source.getOrdinal() + ")")
                        .toList()));
    Actor setup =
        Actor.system(
            "setup",
            permissions.all().stream().map(PermissionDefinition::key).collect(Collectors.toSet()));
    moduleData.applyDefaultGrants(setup);
    moduleData.loadReferenceData(setup);
    if (users.countAll() > 0) {
      return;
    }
    boolean demo = config.getOptionalValue("governance.demo.enabled", Boolean.class).orElse(false);
    // Committed on its own, so that the modules' demo data (each in a transaction of its own) sees
    // the demo units and users.
    moduleData.inTransaction(setup, demo ? this::loadDemo : this::bootstrap);
    if (demo) {
      moduleData.loadDemoData(setup, Path.of(config.getValue("governance.demo.dir", String.class)));
    }
  }

  private void loadDemo() {
    Path dir = Path.of(config.getValue("governance.demo.dir", String.class));
    String password =
        config.getOptionalValue("governance.demo.password", String.class).orElse("Demo@2026");
    Map<String, Long> unitIds = new HashMap<>();
    for (CSVRecord row : read(dir.resolve("units.csv"))) {
      String parentCode = Texts.strippedOrNull(row.get("parent_code"));
      UnitSummary unit =
          organisation.create(
              new UnitDraft(
                  row.get("code"),
                  row.get("name"),
                  Texts.strippedOrNull(row.get("short_name")),
                  UnitType.valueOf(row.get("type")),
                  parentCode == null ? null : unitIds.get(parentCode),
                  Integer.valueOf(row.get("sort_order"))));
      unitIds.put(unit.code(), unit.id());
    }
    int count = 0;
    for (CSVRecord row : read(dir.resolve("users.csv"))) {
      Set<String> roles = new LinkedHashSet<>(Arrays.asList(row.get("roles").split(";")));
      Set<Long> extraUnits = new LinkedHashSet<>();
      for (String code : row.get("extra_units").split(";")) {
        if (!code.isBlank()) {
          extraUnits.add(unitIds.get(code.strip()));
        }
      }
      UserView created =
          userService.create(
              new UserDraft(
                  row.get("username"),
                  row.get("display_name"),
                  unitIds.get(row.get("unit_code")),
                  roles,
                  extraUnits,
                  password.toCharArray()));
      // Demo passwords are published in the README: no forced change.
      users.find(created.id()).ifPresent(UserAccount::waivePasswordChange);
      count++;
    }
    int users = count;
    LOG.info(() -> String.format("Demo city loaded: %d units and %d users", unitIds.size(), users));
  }

  private void bootstrap() {
    String code =
        config.getOptionalValue("governance.bootstrap.root.code", String.class).orElse("000000");
    String name =
        config.getOptionalValue("governance.bootstrap.root.name", String.class).orElse("本级人民政府");
    UnitType type =
        config
            .getOptionalValue("governance.bootstrap.root.type", String.class)
            .map(UnitType::valueOf)
            .orElse(UnitType.CITY);
    Optional<String> configured =
        config.getOptionalValue("governance.bootstrap.password", String.class);
    String password = configured.orElseGet(InitialData::randomPassword);
    UnitSummary root = organisation.create(new UnitDraft(code, name, null, type, null, 0));
    Map<String, String> administrators =
        Map.of(
            "sysadmin",
            Roles.SYSTEM_ADMIN,
            "secadmin",
            Roles.SECURITY_ADMIN,
            "auditadmin",
            Roles.AUDIT_ADMIN);
    administrators.forEach(
        (username, role) ->
            userService.create(
                new UserDraft(
                    username,
                    username,
                    root.id(),
                    Set.of(role),
                    Set.of(),
                    password.toCharArray())));
    if (configured.isEmpty()) {
      LOG.warning(
          "First start: created root unit "
              + code
              + " and the administrators sysadmin, secadmin, auditadmin with the one-time password "
              + password
              + " -- change it at once (this line is written only once).");
    } else {
      LOG.info(
          "First start: created root unit "
              + code
              + " and the administrators with the configured password");
    }
  }

  private static Iterable<CSVRecord> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new IllegalStateException("Demo data file " + file + " cannot be read", e);
    }
  }

  private static String randomPassword() {
    String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    String lower = "abcdefghijkmnopqrstuvwxyz";
    String digits = "23456789";
    String symbols = "@#%+=";
    String all = upper + lower + digits + symbols;
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    password.append(upper.charAt(random.nextInt(upper.length())));
    password.append(lower.charAt(random.nextInt(lower.length())));
    password.append(digits.charAt(random.nextInt(digits.length())));
    password.append(symbols.charAt(random.nextInt(symbols.length())));
    for (int i = 0; i < 12; i++) {
      password.append(all.charAt(random.nextInt(all.length())));
    }
    return password.toString();
  }
}
