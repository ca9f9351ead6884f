package cn.finegov.kernel.domain.model.attachment;

/** The media types the detector knows (allowed ones and those it names when refusing). */
public final class ContentTypes {

  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";
  public static final String GIF = "image/gif";
  public static final String WEBP = "image/webp";
  public static final String BMP = "image/bmp";
  public static final String TIFF = "image/tiff";
  public static final String SVG = "image/svg+xml";
  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  public static final String DOCM = "application/vnd.ms-word.document.macroEnabled.12";
  public static final String XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";
  public static final String DOC = "application/msword";
  public static final String XLS = "application/vnd.ms-excel";
  public static final String OLE_OTHER = "application/x-ole-storage";
  public static final String TEXT = "text/plain";
  public static final String HTML = "text/html";
  public static final String ZIP = "application/zip";
  public static final String GZIP = "application/gzip";
  public static final String RAR = "application/vnd.rar";
  public static final String SEVEN_ZIP = "application/x-7z-compressed";
  public static final String WINDOWS_EXECUTABLE = "application/x-msdownload";
  public static final String ELF_EXECUTABLE = "application/x-executable";
  public static final String JAVA_CLASS = "application/java-vm";
  public static final String EMPTY = "application/x-empty";
  public static final String UNKNOWN = "application/octet-stream";

  private ContentTypes() {}
}
