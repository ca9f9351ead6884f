package cn.finegov.simulators.hotline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hotline's own category table ({@code flbm}) with the request types typical of each code and
 * content templates a caller would say. Placeholders: {@code {road}}, {@code {road2}} (another road
 * of the same street), {@code {n}} (house number), {@code {place}} (a residential area or place
 * near the address), {@code {street}}, {@code {days}}.
 */
public final class HotlineCategories {

  /** The request types of the protocol. */
  public static final List<String> REQUEST_TYPES = List.of("ZX", "QZ", "TS", "JB", "JY", "BY");

  /**
   * A category of the hotline's table.
   *
   * @param code the {@code flbm}
   * @param name its Chinese name
   * @param requestTypes the typical request types
   * @param templates content templates; a template starting with {@code "XX:"} is only for request
   *     type XX
   */
  public record Category(
      String code, String name, List<String> requestTypes, List<String> templates) {

    List<String> templatesFor(String requestType) {
      List<String> specific =
          templates.stream()
              .filter(t -> t.startsWith(requestType + ":"))
              .map(t -> t.substring(requestType.length() + 1))
              .toList();
      return specific.isEmpty() ? templates.stream().filter(t -> !isTyped(t)).toList() : specific;
    }

    private static boolean isTyped(String template) {
      int colon = template.indexOf(':');
      return colon > 0 && REQUEST_TYPES.contains(template.substring(0, colon));
    }
  }

  private static final Map<String, Category> TABLE = new LinkedHashMap<>();

  static {
    add(
        "1101",
        "路灯不亮或损坏",
        List.of("TS", "QZ"),
        "{place}附近的路灯已经{days}不亮了，晚上出行很不方便，老人小孩容易摔倒，请尽快派人修理。",
        "{road}{n}号门口的一盏路灯灯罩破损，灯杆有点倾斜，担心掉下来砸到人。",
        "{place}门口一整排路灯晚上忽明忽暗，{days}了一直没人管，希望相关部门处理。",
        "{road}人行道上的路灯灯杆被车撞弯，电线外露，存在安全隐患，请求帮助处理。");
    add(
        "1102",
        "井盖缺失或破损",
        List.of("JB", "QZ"),
        "{road}{n}号附近人行道上的井盖不见了，只用一个纸箱盖着，非常危险，请尽快处理。",
        "{place}门口的雨水井盖破裂，车辆经过时响声很大，行人容易踩空。",
        "{road}与{road2}交叉口有一个井盖下沉，电瓶车经过时颠簸明显，已经有人摔倒。");
    add(
        "1103",
        "垃圾桶破损或满溢",
        List.of("TS"),
        "{place}门口的垃圾桶已经满了{days}没人清运，垃圾堆到地上，气味很大。",
        "{road}公交站旁的分类垃圾桶盖子坏了，下雨后污水流到人行道上。",
        "{place}楼下的垃圾桶破了一个大洞，垃圾散落一地，招来很多苍蝇。");
    add(
        "1104",
        "公共厕所脏乱或损坏",
        List.of("TS"),
        "{road}上的公共厕所卫生很差，地面积水，{days}没有见到保洁人员。",
        "{place}旁边的公厕洗手池水龙头坏了，一直在漏水，冲水按钮也失灵了。",
        "{road}的公厕晚上九点就锁门了，附近夜市的人没有地方上厕所，希望延长开放时间。");
    add(
        "1105",
        "交通信号灯故障",
        List.of("JB"),
        "{road}与{road2}路口的红绿灯不亮了，早高峰车辆和行人混行，很容易出事故。",
        "{road}{n}号门口人行横道的信号灯一直是红灯，行人只能闯红灯过马路。",
        "{road}与{road2}路口的左转信号灯和直行信号灯同时亮绿灯，存在严重安全隐患。");
    add(
        "1201",
        "暴露垃圾",
        List.of("TS"),
        "{road}{n}号旁边的空地上堆了大量建筑垃圾和生活垃圾，{days}没人清理，臭气熏天。",
        "{place}后面的小路上有人乱倒垃圾，已经堆成小山，请尽快清运。",
        "{road}的绿化带里有很多装修垃圾和塑料袋，影响市容。");
    add(
        "1202",
        "占道经营",
        List.of("TS", "JB"),
        "{road}{n}号门口每天傍晚都有流动摊贩占用人行道卖水果，行人只能走到机动车道上。",
        "{place}门口的早餐店把桌椅摆到了人行道上，盲道也被占了。",
        "{road}菜场外面摊贩占道经营，早上七点到九点车辆根本过不去。");
    add(
        "1203",
        "施工扰民",
        List.of("TS"),
        "{place}旁边的工地晚上十一点以后还在打桩施工，噪音很大，严重影响居民休息。",
        "{road}道路施工每天早上六点就开始切割路面，已经持续{days}了，请求管理。",
        "{place}附近工地的渣土车进出不冲洗轮胎，路面全是泥，扬尘很大。");
    add(
        "1204",
        "道路积水",
        List.of("QZ", "JB"),
        "昨晚下雨后{road}{n}号附近积水很深，没过了脚踝，有车辆熄火，请派人疏通排水。",
        "{place}门口的路面一下雨就积水，雨水口被落叶堵住了，{days}都没人清理。",
        "{road}与{road2}交叉口的下穿通道积水，车辆无法通行，请尽快处理。");
    add(
        "1205",
        "机动车乱停放",
        List.of("TS", "JB"),
        "{place}门口的消防通道被私家车长期占用，万一发生火灾消防车进不来。",
        "{road}{n}号门口的人行道上停满了机动车，行人只能绕到马路上走。",
        "{road}公交站台前经常有出租车违停揽客，公交车无法进站。");
    add(
        "1206",
        "非法小广告",
        List.of("TS"),
        "{place}的楼道里贴满了开锁、疏通管道的小广告，刚清理完又贴上了。",
        "{road}沿线的电线杆和配电箱上贴了很多办证小广告，影响市容。",
        "{road}{n}号附近有人在路面上喷涂小广告，请相关部门处理。");
    add(
        "1207",
        "树木倒伏",
        List.of("QZ", "JB"),
        "昨晚大风把{road}{n}号门口的一棵行道树刮倒了，压在人行道上，行人无法通过。",
        "{place}里有一棵大树向居民楼倾斜，树根已经松动，担心倒下砸到人和车。",
        "{road}绿化带里的树枝断裂挂在电线上，随时可能掉下来，请尽快处理。");
    add(
        "2101",
        "社保医保咨询",
        List.of("ZX"),
        "请问灵活就业人员在江城市怎么缴纳职工医保？需要准备哪些材料，在哪里办理？",
        "我是外地户籍，在滨江区工作，想咨询异地就医备案的办理流程。",
        "退休人员养老金资格认证在哪里办理，能不能在手机上完成？",
        "孩子刚出生，想咨询新生儿参加城乡居民医保的时间和办理方式。");
    add(
        "2201",
        "政府信息公开",
        List.of("ZX", "QZ"),
        "想了解{place}老旧小区改造的实施方案和工程进度，在哪里可以查询到？",
        "申请公开{road}拓宽工程的征迁补偿标准，之前在政府网站上没有找到。",
        "请问滨江区今年的民生实事项目清单在哪里公开？");
    add(
        "2301",
        "城市治理意见建议",
        List.of("JY", "BY"),
        "JY:建议在{road}与{road2}路口增设人行横道和信号灯，附近学校放学时过马路很危险。",
        "JY:{place}附近没有公共自行车站点，建议在{road}增设一个。",
        "JY:建议{road}沿线增加垃圾分类宣传栏和休息座椅。",
        "BY:表扬{street}的工作人员，上周反映的{road}路灯问题第二天就修好了，效率很高。",
        "BY:感谢环卫工人，{road}这段时间特别干净，给他们点赞。",
        "BY:{place}门口的积水问题终于解决了，感谢社区和街道的工作人员。");
    add(
        "2401",
        "社会生活噪声",
        List.of("TS"),
        "{place}楼下的广场舞每天晚上音响开得很大，一直跳到十点以后，严重影响休息。",
        "{road}{n}号的酒吧每天凌晨还在放音乐，周围居民睡不着。",
        "{place}楼上住户每天深夜装修敲打，物业协调无果。");
    add(
        "9999",
        "其他",
        REQUEST_TYPES,
        "ZX:请问{street}办事处的办公时间和地址？",
        "QZ:{place}停电已经好几个小时还没恢复，家里有老人，请求帮助联系供电部门。",
        "TS:{road}{n}号的快递驿站服务态度很差，包裹经常丢失。",
        "JB:{road}{n}号有人在居民楼里开设群租房，存在消防安全隐患。",
        "JY:建议{place}增加一些儿童游乐设施。",
        "BY:感谢{street}的工作人员帮助我办理了相关手续，服务很热情。");
  }

  private HotlineCategories() {}

  private static void add(String code, String name, List<String> types, String... templates) {
    TABLE.put(code, new Category(code, name, List.copyOf(types), List.of(templates)));
  }

  /** The table in code order. */
  public static List<Category> all() {
    return List.copyOf(TABLE.values());
  }

  public static Optional<Category> find(String code) {
    return Optional.ofNullable(TABLE.get(code));
  }

  /** The codes of the table. */
  public static List<String> codes() {
    return List.copyOf(TABLE.keySet());
  }
}
