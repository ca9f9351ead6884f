package cn.finegov.integration.hotline.mapping;

import cn.finegov.kernel.api.module.ModuleData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The mapping shipped with the suite ({@code config/hotline/category-mapping.csv}, copied into the
 * jar under {@value #LOCATION}): at every start each code not stored yet is added.
 */
@ApplicationScoped
public class MappingReferenceData implements ModuleData {

  public static final String LOCATION = "cn/finegov/integration/hotline/data/category-mapping.csv";

  private static final Logger LOG = Logger.getLogger(MappingReferenceData.class.getName());

  @Inject private CategoryMappings mappings;

  @Override
  public void loadReferenceData() {
    InputStream in = MappingReferenceData.class.getClassLoader().getResourceAsStream(LOCATION);
    if (in == null) {
      LOG.warning("Hotline category mapping: " + LOCATION + " is not on the class path");
      return;
    }
    int added = 0;
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .build()
              .parse(reader)) {
        String grid = row.get("grid_category");
        if (mappings.addIfMissing(
            row.get("code"),
            row.get("name"),
            Disposition.valueOf(row.get("disposition")),
            grid == null || grid.isBlank() ? null : grid)) {
          added++;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Hotline category mapping cannot be read: " + e.getMessage(), e);
    }
    if (added > 0) {
      int count = added;
      LOG.info(() -> "Hotline category mapping: " + count + " lines added");
    }
  }
}
