package cn.finegov.kernel.application.setup;

import cn.finegov.kernel.api.module.ModuleData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** The kernel module's data hook: runs every {@link KernelDataPart} in order. */
@ApplicationScoped
public class KernelData implements ModuleData {

  @Inject private Instance<KernelDataPart> parts;

  @Override
  public void loadReferenceData() {
    ordered().forEach(KernelDataPart::loadReferenceData);
  }

  @Override
  public void loadDemoData(Path demoDirectory) {
    ordered().forEach(part -> part.loadDemoData(demoDirectory));
  }

  private List<KernelDataPart> ordered() {
    return parts.stream().sorted(Comparator.comparingInt(KernelDataPart::order)).toList();
  }
}
