package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.module.ExportDefinition;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.application.module.ShellService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The exports screen: every download of the switched-on modules the reader may run. */
@Named("exportsScreen")
@RequestScoped
public class ExportsBean {

  @Inject private ShellService shell;
  @Inject private ActorContext actors;
  @Inject private DisplaySettings display;

  private List<ExportDefinition> exports;

  public List<ExportDefinition> getExports() {
    if (exports == null) {
      exports = shell.exportsFor(actors.current());
    }
    return exports;
  }

  /** The file of one export, written as the reader. */
  public StreamedContent download(String id) {
    ExportDefinition export =
        getExports().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    return DefaultStreamedContent.builder()
        .name(export.fileName())
        .contentType(export.contentType())
        .writer(Faces.writer(out -> export.writer().write(out, Messages.locale(), display.zone())))
        .build();
  }
}
