package cn.finegov.grid.application.category;

import cn.finegov.grid.application.setup.GridDataPart;
import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCatalogue;
import cn.finegov.grid.domain.model.category.CategoryFile;
import cn.finegov.grid.domain.model.category.CategoryRepository;
import cn.finegov.grid.domain.model.category.RoutingRule;
import cn.finegov.grid.domain.model.category.RoutingRuleEntry;
import cn.finegov.grid.domain.model.category.RoutingRuleRepository;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The categories shipped with the suite ({@code config/grid/categories.csv}, copied into the grid
 * jar under {@value #LOCATION}), or the city's own file named by {@value #FILE_PROPERTY}: at every
 * start each category that is not stored yet is added. Stored categories, whatever administrators
 * did to them, are never changed. A default unit that is not in the organisation tree is left out
 * (the command centre chooses); on a new demo database, whose units arrive after the reference
 * data, the demo part fills them in afterwards, and adds the demo city's routing rules ({@code
 * grid-routing-rules.csv} in the demo directory).
 */
@ApplicationScoped
public class CategoryReferenceData implements GridDataPart {

  /** Where the shipped file is on the class path. */
  public static final String LOCATION = "cn/finegov/grid/category/data/categories.csv";

  /** Configuration property naming a city's own category file instead of the shipped one. */
  public static final String FILE_PROPERTY = "governance.grid.categories.file";

  /** The demo city's routing rules in the demo directory. */
  public static final String DEMO_RULES = "grid-routing-rules.csv";

  static final String ENTITY = "Category";

  private static final Logger LOG = Logger.getLogger(CategoryReferenceData.class.getName());

  @Inject private CategoryRepository categories;
  @Inject private CategoryCatalogue catalogue;
  @Inject private RoutingRuleRepository rules;
  @Inject private OrganisationDirectory directory;
  @Inject private AuditLog audit;
  @Inject private Config config;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void loadReferenceData() {
    Optional<Source> source = source();
    if (source.isEmpty()) {
      LOG.warning(
          "Grid categories: no category file ("
              + LOCATION
              + " on the class path, or "
              + FILE_PROPERTY
              + "); categories are only what is stored");
      return;
    }
    List<CategoryFile.Row> rows;
    try {
      rows = CategoryFile.parse(source.get().content());
    } catch (ValidationException e) {
      LOG.log(
          Level.SEVERE,
          "Grid categories: " + source.get().name() + " is invalid, nothing loaded: " + e.errors());
      return;
    }
    int added = 0;
    for (CategoryFile.Row row : rows) {
      Category category = row.category();
      if (categories.find(category.code()).isPresent()) {
        continue;
      }
      category
          .defaultUnit()
          .filter(unit -> !unitExists(unit))
          .ifPresent(unit -> category.assignTo(null));
      categories.store(category);
      audit.record(
          ENTITY,
          category.code().qualified(),
          "CREATE",
          java.util.Map.of(),
          CategoryViews.auditValues(category, source.get().name()));
      added++;
    }
    int count = added;
    if (count > 0) {
      catalogue.changed();
      LOG.info(() -> "Grid categories: added " + count + " from " + source.get().name());
    }
  }

  @Override
  public void loadDemoData(Path demoDirectory) {
    source()
        .ifPresent(
            source -> {
              List<CategoryFile.Row> rows;
              try {
                rows = CategoryFile.parse(source.content());
              } catch (ValidationException e) {
                return;
              }
              for (CategoryFile.Row row : rows) {
                String unit = row.category().defaultUnit().orElse(null);
                categories
                    .find(row.category().code())
                    .filter(stored -> stored.defaultUnit().isEmpty() && unit != null)
                    .filter(stored -> unitExists(unit))
                    .ifPresent(
                        stored -> {
                          stored.assignTo(unit);
                          audit.record(
                              ENTITY,
                              stored.code().qualified(),
                              "UPDATE",
                              java.util.Map.of("defaultUnit", ""),
                              java.util.Map.of("defaultUnit", unit));
                        });
              }
            });
    Path file = demoDirectory.resolve(DEMO_RULES);
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<RoutingRule> demoRules;
    try {
      demoRules = RoutingRuleFile.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      LOG.log(
          Level.SEVERE, "Grid categories: " + file + " is invalid, no rule loaded: " + e.errors());
      return;
    }
    List<RoutingRule> stored = rules.all().stream().map(RoutingRuleEntry::rule).toList();
    for (RoutingRule rule : demoRules) {
      if (!stored.contains(rule) && unitExists(rule.unitCode())) {
        RoutingRuleEntry entry = rules.store(new RoutingRuleEntry(rule));
        audit.record(
            RoutingService.ENTITY,
            String.valueOf(entry.id()),
            "CREATE",
            java.util.Map.of(),
            RoutingService.auditValues(rule));
      }
    }
    LOG.info(() -> "Grid categories: demo routing rules from " + file.getFileName() + " loaded");
  }

  private boolean unitExists(String code) {
    try {
      return directory.findByCode(code).isPresent();
    } catch (DomainException e) {
      return false;
    }
  }

  /** The category file in force and its name for audit entries and logs. */
  private Optional<Source> source() {
    Optional<String> own = config.getOptionalValue(FILE_PROPERTY, String.class);
    if (own.isPresent() && !own.get().isBlank()) {
      Path path = Path.of(own.get().strip());
      try {
        return Optional.of(new Source(path.toString(), Files.readAllBytes(path)));
      } catch (IOException e) {
        throw new IllegalStateException(
            "The category file " + path + " (" + FILE_PROPERTY + ") cannot be read", e);
      }
    }
    try (InputStream in =
        CategoryReferenceData.class.getClassLoader().getResourceAsStream(LOCATION)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new Source("config/grid/categories.csv", in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Source(String name, byte[] content) {}
}
