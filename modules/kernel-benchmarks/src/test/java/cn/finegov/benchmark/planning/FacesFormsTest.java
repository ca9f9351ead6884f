package cn.finegov.benchmark.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacesFormsTest {

  private static final String PAGE =
      "<html><body><form id=\"tree\" name=\"tree\" method=\"post\">"
          + "<div id=\"tree:tasks\" class=\"ui-treetable ui-widget\"><table><tbody>"
          + "<tr data-rk=\"0\" class=\"ui-node-expanded\"><td>2027-000001</td></tr>"
          + "<tr data-rk=\"1\"><td>2027-000002</td></tr></tbody></table></div>"
          + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\""
          + " id=\"j_id1:jakarta.faces.ViewState:0\" value=\"-123:456\" autocomplete=\"off\" />"
          + "</form></body></html>";

  @Test
  void theViewStateIsReadFromThePageAndFromAPartialResponse() {
    assertThat(FacesForms.viewState(PAGE)).isEqualTo("-123:456");
    assertThat(
            FacesForms.viewState(
                "<partial-response><changes><update id=\"j_id1:jakarta.faces.ViewState:0\">"
                    + "<![CDATA[-9:8]]></update></changes></partial-response>"))
        .isEqualTo("-9:8");
    assertThat(FacesForms.viewState("<html/>")).isNull();
  }

  @Test
  void theTreeTableItsFormAndItsRowKeysAreFound() {
    assertThat(FacesForms.idWithClass(PAGE, "ui-treetable")).isEqualTo("tree:tasks");
    assertThat(FacesForms.idWithClass(PAGE, "ui-tree")).isNull();
    assertThat(FacesForms.formOf(PAGE, "tree:tasks")).isEqualTo("tree");
    assertThat(FacesForms.formOf(PAGE, "missing")).isNull();
    assertThat(FacesForms.rowKeys(PAGE)).containsExactly("0", "1");
  }
}
