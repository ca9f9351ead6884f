package cn.finegov.integration.hotline.interfaces.web;

import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.mapping.Disposition;
import cn.finegov.integration.hotline.mapping.MappingDraft;
import cn.finegov.integration.hotline.mapping.MappingService;
import cn.finegov.integration.hotline.mapping.MappingView;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.RowEditEvent;

/**
 * The category mapping as an editable table: each line's name, disposition, grid category (checked
 * against the grid's active categories) and use changed in the row, refused changes shown as form
 * messages with the row kept open; a new line added above the table.
 */
@Named("hotlineMapping")
@ViewScoped
public class MappingBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MappingService mappings;
  @Inject private transient ActorContext actors;
  @Inject private transient Faces faces;
  @Inject private transient DisplaySettings display;

  private List<Row> rows = new ArrayList<>();
  private String filterText;
  private Row added = new Row();

  /** A line as the table edits it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private Disposition disposition = Disposition.MANUAL;
    private String gridCategory;
    private String gridCategoryName;
    private boolean active = true;
    private Instant updatedAt;
    private String updatedBy;
    private Long version;

    static Row of(MappingView view) {
      Row row = new Row();
      row.code = view.code();
      row.name = view.name();
      row.disposition = view.disposition();
      row.gridCategory = view.gridCategory();
      row.gridCategoryName = view.gridCategoryName();
      row.active = view.active();
      row.updatedAt = view.updatedAt();
      row.updatedBy = view.updatedBy();
      row.version = view.version();
      return row;
    }

    MappingDraft draft() {
      return new MappingDraft(code, name, disposition, gridCategory, active, version);
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Disposition getDisposition() {
      return disposition;
    }

    public void setDisposition(Disposition disposition) {
      this.disposition = disposition;
    }

    public String getGridCategory() {
      return gridCategory;
    }

    public void setGridCategory(String gridCategory) {
      this.gridCategory = gridCategory;
    }

    public String getGridCategoryName() {
      return gridCategoryName;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }

    public Instant getUpdatedAt() {
      return updatedAt;
    }

    public String getUpdatedBy() {
      return updatedBy;
    }

    public Long getVersion() {
      return version;
    }
  }

  @PostConstruct
  void load() {
    List<MappingView> lines = faces.attempt(() -> mappings.list());
    rows = new ArrayList<>();
    if (lines != null) {
      lines.forEach(line -> rows.add(Row.of(line)));
    }
  }

  public boolean isManager() {
    return actors.current().hasPermission(HotlineModule.MAPPING_MANAGE);
  }

  /** Saves an edited row; a refusal keeps the row open with the message. */
  public void onRowEdit(RowEditEvent<Row> event) {
    Row row = event.getObject();
    MappingView saved = faces.attempt(() -> mappings.save(row.draft()));
    if (saved != null) {
      replace(Row.of(saved));
      faces.info("hotline.ui.mapping.saved", saved.code());
    }
  }

  /** Drops what was typed into a row. */
  public void onRowCancel(RowEditEvent<Row> event) {
    Row row = event.getObject();
    MappingView stored = faces.attempt(() -> mappings.get(row.getCode()));
    if (stored != null) {
      replace(Row.of(stored));
    }
  }

  /** Adds the new line. */
  public void add() {
    MappingView saved =
        faces.attempt(
            () ->
                mappings.save(
                    new MappingDraft(
                        added.code,
                        added.name,
                        added.disposition,
                        added.gridCategory,
                        added.active,
                        null)));
    if (saved != null) {
      faces.info("hotline.ui.mapping.added", saved.code());
      added = new Row();
      load();
    }
  }

  private void replace(Row fresh) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).code.equals(fresh.code)) {
        Row shown = rows.get(i);
        shown.name = fresh.name;
        shown.disposition = fresh.disposition;
        shown.gridCategory = fresh.gridCategory;
        shown.gridCategoryName = fresh.gridCategoryName;
        shown.active = fresh.active;
        shown.updatedAt = fresh.updatedAt;
        shown.updatedBy = fresh.updatedBy;
        shown.version = fresh.version;
        return;
      }
    }
  }

  /** The lines matching the filter text (code or name). */
  public List<Row> getRows() {
    if (filterText == null || filterText.isBlank()) {
      return rows;
    }
    String wanted = filterText.strip().toLowerCase(Locale.ROOT);
    return rows.stream()
        .filter(
            r ->
                r.code.toLowerCase(Locale.ROOT).contains(wanted)
                    || (r.name != null && r.name.contains(wanted)))
        .toList();
  }

  public List<Disposition> getDispositions() {
    return Arrays.asList(Disposition.values());
  }

  public String time(Instant instant) {
    return display.time(instant);
  }

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  public Row getAdded() {
    return added;
  }
}
