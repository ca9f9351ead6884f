/** User accounts: login name, unit, roles and the hash of the password. */
package cn.finegov.kernel.domain.model.user;
