package cn.finegov.kernel.infrastructure.mail;

import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.notification.DeliveryException;
import cn.finegov.kernel.api.notification.NotificationChannel;
import cn.finegov.kernel.api.notification.OutgoingMessage;
import cn.finegov.kernel.api.notification.RecipientContact;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.notification.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * E-mail through an SMTP server with Jakarta Mail (the implementation Payara ships). The session is
 * built for each message from the kernel settings {@code notifications.mail.enabled}, {@code
 * .host}, {@code .port} and {@code .from}, so that a changed setting applies at once. Plain text in
 * UTF-8; the header {@code X-Governance-Delivery} carries the delivery's identifier. A refused
 * address fails for good, a server that cannot be reached is tried again.
 */
@ApplicationScoped
public class MailChannel implements NotificationChannel {

  public static final String KEY = NotificationChannel.EMAIL;
  static final int TIMEOUT_MILLIS = 20_000;

  @Inject private ModuleSettings settings;
  @Inject private MessageSource messages;

  /** For CDI. */
  public MailChannel() {}

  /** A channel reading these settings (tests). */
  public MailChannel(ModuleSettings settings, MessageSource messages) {
    this.settings = settings;
    this.messages = messages;
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public boolean isEnabled() {
    return settings.getBoolean(KernelModule.KEY, KernelModule.MAIL_ENABLED)
        && !setting(KernelModule.MAIL_HOST).isBlank();
  }

  @Override
  public Optional<String> addressOf(RecipientContact contact) {
    return Optional.ofNullable(contact.email()).filter(email -> !email.isBlank());
  }

  @Override
  public String masked(String address) {
    return PersonalData.maskEmail(address);
  }

  @Override
  public void deliver(OutgoingMessage message, String address) throws DeliveryException {
    Session session = session();
    try {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(sender());
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mail.setText(text(message), StandardCharsets.UTF_8.name());
      mail.setSentDate(new Date());
      mail.setHeader("X-Governance-Delivery", String.valueOf(message.deliveryId()));
      mail.setHeader("X-Governance-Category", message.category());
      Transport.send(mail);
    } catch (AddressException e) {
      throw new DeliveryException("invalid address: " + e.getMessage(), e, true);
    } catch (SendFailedException e) {
      boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      throw new DeliveryException(reason(e), e, refused);
    } catch (MessagingException e) {
      throw new DeliveryException(reason(e), e, false);
    }
  }

  /** The plain text: body, then the link to the thing it is about, then the signature. */
  String text(OutgoingMessage message) {
    StringBuilder text = new StringBuilder();
    text.append(message.body().isBlank() ? message.subject() : message.body()).append("\n");
    if (message.link() != null) {
      text.append("\n").append(message.link()).append("\n");
    }
    text.append("\n-- \n")
        .append(messages.get(message.recipient().locale(), "app.name"))
        .append("\n");
    return text.toString();
  }

  private InternetAddress sender() throws DeliveryException {
    try {
      InternetAddress from = new InternetAddress(setting(KernelModule.MAIL_FROM), true);
      if (from.getPersonal() == null) {
        from.setPersonal(messages.get(MessageSource.CHINESE, "app.name"), "UTF-8");
      }
      return from;
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new DeliveryException(
          "the sender address (notifications.mail.from) is invalid", e, true);
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", setting(KernelModule.MAIL_HOST).strip());
    properties.put("mail.smtp.port", setting(KernelModule.MAIL_PORT).strip());
    properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.mime.charset", "UTF-8");
    return Session.getInstance(properties);
  }

  private static String reason(MessagingException e) {
    StringBuilder reason = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null) {
      reason.append(": ").append(e.getMessage());
    }
    Exception next = e.getNextException();
    if (next != null && next.getMessage() != null) {
      reason.append(" (").append(next.getClass().getSimpleName()).append(": ");
      reason.append(next.getMessage()).append(')');
    }
    return PersonalData.maskIn(reason.toString());
  }

  private String setting(String key) {
    String value = settings.get(KernelModule.KEY, key);
    return value == null ? "" : value;
  }
}
