package cn.finegov.grid.application.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridMapServiceTest {

  @Test
  void theMapCountsEveryStateButTheFinalOnesAsOpen() {
    assertThat(EnumSet.complementOf(EnumSet.copyOf(GridMapService.openStates())))
        .containsExactlyInAnyOrder(
            CaseState.CLOSED, CaseState.REJECTED, CaseState.MERGED, CaseState.LEDGERED);
  }

  @Test
  void theCentreComesFromTheSettingOrFallsBackToTheDemoCity() {
    assertThat(centreOf("31.2304, 121.4737, 12")).containsExactly(31.2304, 121.4737, 12);
    assertThat(centreOf("31.2304,121.4737")).containsExactly(31.2304, 121.4737, 13);
    assertThat(centreOf("somewhere")).containsExactly(30.2741, 120.1551, 13);
    assertThat(centreOf("95,121,12")).containsExactly(30.2741, 120.1551, 13);
  }

  private static double[] centreOf(String setting) {
    GridMapService service = new GridMapService();
    Map<String, String> values = Map.of(GridModule.MAP_CENTRE, setting);
    service.settings = (module, key) -> values.get(key);
    return service.centre();
  }
}
