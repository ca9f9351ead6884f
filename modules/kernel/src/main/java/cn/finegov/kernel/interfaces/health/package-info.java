/** MicroProfile Health checks of the kernel: the database behind {@code jdbc/governance}. */
package cn.finegov.kernel.interfaces.health;
