package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.application.settings.SettingView;
import cn.finegov.kernel.application.settings.SettingsService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings screen: the settings of one module at a time, those the reader may change (the
 * security policy for the security administrator, audit settings for the audit administrator, the
 * rest for the system administrator), each saved or reset on its own row.
 */
@Named("settingsScreen")
@ViewScoped
public class SettingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A setting being edited: the view plus the text in its field. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SettingView view;
    private String value;

    Row(SettingView view) {
      this.view = view;
      this.value = view.value();
    }

    public SettingView getView() {
      return view;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public boolean isFlag() {
      return "true".equals(value);
    }

    public void setFlag(boolean flag) {
      this.value = Boolean.toString(flag);
    }
  }

  @Inject private transient SettingsService settings;
  @Inject private transient Faces faces;

  private List<GovernanceModule> modules;
  private String module;
  private List<Row> rows;

  public List<GovernanceModule> getModules() {
    if (modules == null) {
      modules = settings.modulesWithSettings();
    }
    return modules;
  }

  public String getModule() {
    if (module == null && !getModules().isEmpty()) {
      module = getModules().get(0).key();
    }
    return module;
  }

  public void setModule(String module) {
    this.module = module;
    rows = null;
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = new ArrayList<>();
      if (getModule() != null) {
        settings.list(getModule()).forEach(view -> rows.add(new Row(view)));
      }
    }
    return rows;
  }

  public void save(Row row) {
    SettingView saved =
        faces.attempt(() -> settings.change(module, row.getView().key(), row.getValue()));
    if (saved != null) {
      faces.info("setting.saved", saved.key());
      rows = null;
    }
  }

  public void reset(Row row) {
    SettingView saved = faces.attempt(() -> settings.reset(module, row.getView().key()));
    if (saved != null) {
      faces.info("setting.reset.done", saved.key());
      rows = null;
    }
  }

  public boolean isSecret(Row row) {
    return row.getView().definition().type() == SettingDefinition.Type.SECRET;
  }
}
