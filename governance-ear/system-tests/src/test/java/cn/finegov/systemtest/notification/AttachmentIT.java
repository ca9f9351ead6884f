package cn.finegov.systemtest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Deployments;
import cn.finegov.systemtest.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments through REST against the deployed EAR: upload (multipart and raw body), the file kept
 * outside the database under the configured directory with its SHA-256 in the database, streamed
 * download equal to the upload, thumbnails, refusals by detected type and size with a clear
 * message, the owner's policy (403, 404), deletion with a reason, audit entries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentIT {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static String personal(String username) {
    return "ownerModule=kernel&ownerType=personal&ownerId=" + username;
  }

  private static HttpResponse<byte[]> uploadForm(
      String user, String owner, String fileName, String contentType, byte[] content) {
    String[] parts = owner.split("/");
    Multipart form =
        new Multipart()
            .field("ownerModule", parts[0])
            .field("ownerType", parts[1])
            .field("ownerId", parts[2])
            .file("file", fileName, contentType, content);
    return uploadForm(user, form, null);
  }

  private static HttpResponse<byte[]> uploadForm(String user, Multipart form, String language) {
    HttpRequest.Builder request =
        Binary.request(user, Api.DEMO_PASSWORD, "/attachments")
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return Binary.send(request.build());
  }

  private static JsonObject json(HttpResponse<byte[]> response) {
    String text = new String(response.body(), StandardCharsets.UTF_8);
    try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError("Not JSON (" + response.statusCode() + "): " + text, e);
    }
  }

  private static String text(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }

  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(20, 120, 60));
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.WHITE);
    graphics.drawString("现场 " + System.nanoTime(), 10, height / 2);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A PDF of about {@code size} bytes: a real header followed by random content. */
  private static byte[] pdf(int size) {
    byte[] content = new byte[size];
    new Random().nextBytes(content);
    byte[] header = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, content, 0, header.length);
    return content;
  }

  @Test
  void anUploadIsKeptOutsideTheDatabaseWithItsChecksumAndDownloadsIdentically() throws Exception {
    byte[] content = pdf(6 * 1024 * 1024 + 123);

    HttpResponse<byte[]> upload =
        uploadForm(
            "gridworker", "kernel/personal/gridworker", "巡查报告.pdf", "application/pdf", content);

    assertThat(upload.statusCode()).as(text(upload)).isEqualTo(201);
    JsonObject created = json(upload);
    long id = created.getJsonNumber("id").longValue();
    assertThat(upload.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/attachments/" + id));
    assertThat(created.getString("contentType")).isEqualTo("application/pdf");
    assertThat(created.getJsonNumber("size").longValue()).isEqualTo(content.length);
    assertThat(created.getString("sha256")).isEqualTo(Binary.sha256(content));
    assertThat(created.getString("fileName")).isEqualTo("巡查报告.pdf");
    assertThat(created.getBoolean("thumbnail")).isFalse();

    // The database row has the checksum and a storage key; the bytes are a file below the
    // directory.
    String storageKey;
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select sha256, size_bytes, storage_key from krn_attachment where id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString("sha256")).isEqualTo(Binary.sha256(content));
        assertThat(row.getLong("size_bytes")).isEqualTo(content.length);
        storageKey = row.getString("storage_key");
      }
    }
    Path file = attachmentsDirectory().resolve(storageKey);
    assertThat(file).exists();
    assertThat(Binary.sha256(Files.readAllBytes(file))).isEqualTo(Binary.sha256(content));

    HttpResponse<byte[]> download = Binary.get("gridworker", "/attachments/" + id + "/content");

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(content);
    assertThat(download.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).startsWith("attachment;").contains("filename*=UTF-8''%E5%B7%A1"));
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(download.headers().firstValue("ETag"))
        .hasValueSatisfying(e -> assertThat(e).contains(Binary.sha256(content)));
    assertThat(download.headers().firstValue("Repr-Digest"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("sha-256=:"));

    HttpResponse<byte[]> again =
        Binary.send(
            Binary.request("gridworker", Api.DEMO_PASSWORD, "/attachments/" + id + "/content")
                .header("If-None-Match", "\"" + Binary.sha256(content) + "\"")
                .GET()
                .build());
    assertThat(again.statusCode()).isEqualTo(304);
  }

  private static Path attachmentsDirectory() {
    return Path.of(System.getProperty("governance.test.var", "target/test-var"), "attachments");
  }

  @Test
  void aPhotoGetsAThumbnailAndIsListedWithItsOwner() throws Exception {
    byte[] photo = png(1600, 900);

    HttpResponse<byte[]> upload =
        uploadForm("gridworker", "kernel/personal/gridworker", "photo.png", "image/png", photo);

    assertThat(upload.statusCode()).as(text(upload)).isEqualTo(201);
    JsonObject created = json(upload);
    long id = created.getJsonNumber("id").longValue();
    assertThat(created.getBoolean("thumbnail")).isTrue();
    HttpResponse<byte[]> thumbnail = Binary.get("gridworker", "/attachments/" + id + "/thumbnail");
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
    assertThat(small.getWidth()).isEqualTo(240);
    assertThat(small.getHeight()).isEqualTo(135);

    HttpResponse<byte[]> inline = Binary.get("gridworker", "/attachments/" + id + "/content");
    assertThat(inline.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("inline;"));

    JsonArray listed =
        Api.as("gridworker").get("/attachments?" + personal("gridworker")).jsonArray();
    assertThat(listed.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
        .contains(id);
  }

  @Test
  void aRawBodyWithTheFileNameInAHeaderIsAcceptedToo() {
    byte[] text = "巡查记录：望江社区 3 号井盖缺失。\n".getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> upload =
        Binary.send(
            Binary.request(
                    "gridworker", Api.DEMO_PASSWORD, "/attachments?" + personal("gridworker"))
                .header("Content-Type", "application/octet-stream")
                .header("X-File-Name", URLEncoder.encode("记录 1.txt", StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(text))
                .build());

    assertThat(upload.statusCode()).as(text(upload)).isEqualTo(201);
    assertThat(json(upload).getString("fileName")).isEqualTo("记录 1.txt");
    assertThat(json(upload).getString("contentType")).isEqualTo("text/plain");
  }

  @Test
  void aRenamedExecutableIsRefusedNamingWhatItIs() {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';

    HttpResponse<byte[]> zh =
        uploadForm(
            "gridworker", "kernel/personal/gridworker", "report.pdf", "application/pdf", exe);
    HttpResponse<byte[]> en =
        uploadForm(
            "gridworker",
            new Multipart()
                .field("ownerModule", "kernel")
                .field("ownerType", "personal")
                .field("ownerId", "gridworker")
                .file("file", "photo.jpg", "image/jpeg", exe),
            "en");

    assertThat(zh.statusCode()).isEqualTo(415);
    assertThat(zh.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json(zh).getString("code")).isEqualTo("attachment.type.not-allowed");
    assertThat(json(zh).getString("detail")).contains("Windows 可执行程序", "application/x-msdownload");
    assertThat(json(en).getString("detail"))
        .startsWith("Files of this type may not be uploaded: its content is a Windows executable");
  }

  @Test
  void aZipThatIsNotAnOfficeDocumentIsRefused() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("hello".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    HttpResponse<byte[]> refused =
        uploadForm(
            "gridworker",
            "kernel/personal/gridworker",
            "table.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            zip.toByteArray());

    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(json(refused).getString("detail")).contains("ZIP 压缩包");
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413AndNothingIsKept() throws IOException {
    Reply limited =
        Api.as("sysadmin")
            .put("/settings/kernel/attachments.max-bytes", Api.json("value", "100000"));
    assertThat(limited.status()).as(limited.toString()).isEqualTo(200);
    try {
      long before = countFiles();
      HttpResponse<byte[]> refused =
          uploadForm(
              "gridworker",
              "kernel/personal/gridworker",
              "big.pdf",
              "application/pdf",
              pdf(200_000));

      assertThat(refused.statusCode()).as(text(refused)).isEqualTo(413);
      assertThat(json(refused).getString("detail")).isEqualTo("文件超过大小上限 97.7 KB。");
      assertThat(json(refused).getString("title")).isEqualTo("内容过大");
      assertThat(countFiles()).isEqualTo(before);

      HttpResponse<byte[]> farTooLarge =
          Binary.send(
              Binary.request(
                      "gridworker", Api.DEMO_PASSWORD, "/attachments?" + personal("gridworker"))
                  .header("Content-Type", "application/pdf")
                  // As a well-behaved client: the server answers 413 before the body is sent.
                  .expectContinue(true)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(pdf(1_300_000)))
                  .build());
      assertThat(farTooLarge.statusCode()).isEqualTo(413);

      HttpResponse<byte[]> small =
          uploadForm(
              "gridworker",
              "kernel/personal/gridworker",
              "small.pdf",
              "application/pdf",
              pdf(90_000));
      assertThat(small.statusCode()).as(text(small)).isEqualTo(201);
    } finally {
      Api.as("sysadmin").delete("/settings/kernel/attachments.max-bytes");
    }
  }

  private static long countFiles() throws IOException {
    Path root = attachmentsDirectory();
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (var files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void othersMayNotReadOrAddToSomebodysPersonalFiles() throws IOException {
    HttpResponse<byte[]> upload =
        uploadForm(
            "gridworker", "kernel/personal/gridworker", "mine.png", "image/png", png(50, 50));
    long id = json(upload).getJsonNumber("id").longValue();

    // Somebody else's file by its identifier: 404, as if it did not exist.
    assertThat(Api.as("clerk").get("/attachments/" + id).status()).isEqualTo(404);
    assertThat(Binary.get("clerk", "/attachments/" + id + "/content").statusCode()).isEqualTo(404);
    assertThat(Api.as("clerk").get("/attachments?" + personal("gridworker")).status())
        .isEqualTo(403);
    assertThat(
            uploadForm("clerk", "kernel/personal/gridworker", "x.png", "image/png", png(10, 10))
                .statusCode())
        .isEqualTo(403);
    assertThat(Api.anonymous().get("/attachments/" + id).status()).isEqualTo(401);
    assertThat(Api.as("sysadmin").get("/attachments/" + id).status()).isEqualTo(404);
    assertThat(Api.as("clerk").delete("/attachments/" + id + "?reason=x").status()).isEqualTo(404);
  }

  @Test
  void unknownOwnersAndAttachmentsAre404() throws IOException {
    Reply unknownType =
        Api.as("gridworker").get("/attachments?ownerModule=kernel&ownerType=nothing&ownerId=1");
    assertThat(unknownType.status()).isEqualTo(404);
    assertThat(unknownType.json().getString("code")).isEqualTo("attachment.owner.unknown");
    assertThat(
            uploadForm("gridworker", "nomodule/case/1", "x.png", "image/png", png(10, 10))
                .statusCode())
        .isEqualTo(404);
    assertThat(Api.as("gridworker").get("/attachments/987654321").status()).isEqualTo(404);
    Reply invalid =
        Api.as("gridworker").get("/attachments?ownerModule=Kernel!&ownerType=personal&ownerId=x");
    assertThat(invalid.status()).isEqualTo(400);
  }

  @Test
  void aDeletionNeedsAReasonRemovesTheFileAndIsAudited() throws Exception {
    byte[] photo = png(64, 64);
    long id =
        json(uploadForm(
                "gridworker", "kernel/personal/gridworker", "delete-me.png", "image/png", photo))
            .getJsonNumber("id")
            .longValue();
    Path file;
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement("select storage_key from krn_attachment where id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        file = attachmentsDirectory().resolve(row.getString(1));
      }
    }
    assertThat(file).exists();

    Reply withoutReason = Api.as("gridworker").delete("/attachments/" + id);
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(file).exists();

    Reply deleted =
        Api.as("gridworker")
            .delete(
                "/attachments/"
                    + id
                    + "?reason="
                    + URLEncoder.encode("上传错了照片", StandardCharsets.UTF_8));
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    assertThat(Api.as("gridworker").get("/attachments/" + id).status()).isEqualTo(404);
    assertThat(file).doesNotExist();
    assertThat(Path.of(file + ".thumb")).doesNotExist();

    JsonObject audit =
        Api.as("auditadmin").get("/audit?entityType=Attachment&entityId=" + id).json();
    assertThat(audit.getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")))
        .contains("UPLOAD", "DELETE");
    assertThat(audit.toString()).contains("上传错了照片", Binary.sha256(photo));
  }
}
