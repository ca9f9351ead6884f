/** Roles: named bundles of permissions, built in or made by the security administrator. */
package cn.finegov.kernel.domain.model.role;
