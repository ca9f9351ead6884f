/** Module settings: declared by the modules, changed on the settings screen, read by everybody. */
package cn.finegov.kernel.application.settings;
