package cn.finegov.integration.egov.interfaces.web;

import cn.finegov.integration.egov.orgsync.ImportRecord;
import cn.finegov.integration.egov.orgsync.OrgDirectoryFormat;
import cn.finegov.integration.egov.orgsync.OrgSyncImports;
import cn.finegov.integration.egov.orgsync.OrgSyncSettings;
import cn.finegov.integration.egov.orgsync.OrgSyncUploads;
import cn.finegov.kernel.interfaces.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The synchronisation screen: settings in force, manual upload, import history. */
@Named("orgSync")
@ViewScoped
public class OrgSyncBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OrgSyncImports imports;
  @Inject private transient OrgSyncUploads uploads;
  @Inject private transient OrgSyncSettings settings;
  @Inject private transient Faces faces;

  private final LazyDataModel<ImportRecord> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) uploads.count();
        }

        @Override
        public List<ImportRecord> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return uploads.list(first, pageSize);
        }

        @Override
        public String getRowKey(ImportRecord record) {
          return String.valueOf(record.id());
        }
      };

  public void upload(FileUploadEvent event) {
    ImportRecord record =
        faces.attempt(
            () -> uploads.upload(event.getFile().getFileName(), event.getFile().getContent()));
    if (record != null) {
      faces.info("orgsync.upload.done", record.fileName(), record.status().name());
    }
  }

  public LazyDataModel<ImportRecord> getModel() {
    return model;
  }

  public OrgDirectoryFormat getFormat() {
    return settings.format();
  }

  public OrgSyncSettings getSettings() {
    return settings;
  }

  public ImportRecord getLatest() {
    return imports.latest().orElse(null);
  }

  public int getMaxUploadBytes() {
    return OrgSyncUploads.MAX_BYTES;
  }
}
