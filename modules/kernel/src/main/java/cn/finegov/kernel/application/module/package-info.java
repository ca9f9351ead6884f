/** The installed modules, whether each is switched on, and the kernel's own registration. */
package cn.finegov.kernel.application.module;
