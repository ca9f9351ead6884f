package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.application.notification.NotificationPreferenceService;
import cn.finegov.kernel.application.notification.PreferenceChange;
import cn.finegov.kernel.application.notification.PreferencesView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preferences tab: e-mail address and mobile number (shown masked; typing a new one replaces
 * it, a tick removes it), language, channels per category.
 */
@Named("notificationPreferences")
@ViewScoped
public class NotificationPreferencesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient NotificationPreferenceService preferences;
  @Inject private transient Faces faces;

  private PreferencesView view;
  private String newEmail;
  private String newMobile;
  private boolean removeEmail;
  private boolean removeMobile;
  private String language;
  private final Map<String, List<String>> chosen = new LinkedHashMap<>();

  @PostConstruct
  void load() {
    show(preferences.mine());
  }

  private void show(PreferencesView current) {
    view = current;
    language = current.language();
    newEmail = null;
    newMobile = null;
    removeEmail = false;
    removeMobile = false;
    chosen.clear();
    current.categories().forEach(c -> chosen.put(c.key(), new ArrayList<>(c.channels())));
  }

  public void save() {
    Map<String, Set<String>> channels = new LinkedHashMap<>();
    for (PreferencesView.CategoryChoice category : view.categories()) {
      Set<String> selected = new HashSet<>(chosen.getOrDefault(category.key(), List.of()));
      if (category.inAppRequired()) {
        // The box of a required inbox is disabled, so the browser does not send it.
        selected.add("IN_APP");
      }
      if (!selected.equals(category.channels())) {
        channels.put(category.key(), selected);
      }
    }
    String email = removeEmail ? "" : blankToNull(newEmail);
    String mobile = removeMobile ? "" : blankToNull(newMobile);
    PreferencesView saved =
        faces.attempt(
            () -> preferences.change(new PreferenceChange(email, mobile, language, channels)));
    if (saved != null) {
      show(saved);
      faces.info("notification.preferences.saved");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public PreferencesView getView() {
    return view;
  }

  /** Channel keys chosen per category (bound to the check boxes). */
  public Map<String, List<String>> getChosen() {
    return chosen;
  }

  /** The in-app inbox and the plugged channels, as check box values. */
  public List<String> getChannelKeys() {
    List<String> keys = new ArrayList<>();
    keys.add("IN_APP");
    view.channels().forEach(channel -> keys.add(channel.key()));
    return keys;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewMobile() {
    return newMobile;
  }

  public void setNewMobile(String newMobile) {
    this.newMobile = newMobile;
  }

  public boolean isRemoveEmail() {
    return removeEmail;
  }

  public void setRemoveEmail(boolean removeEmail) {
    this.removeEmail = removeEmail;
  }

  public boolean isRemoveMobile() {
    return removeMobile;
  }

  public void setRemoveMobile(boolean removeMobile) {
    this.removeMobile = removeMobile;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
