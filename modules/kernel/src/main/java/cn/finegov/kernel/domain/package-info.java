/**
 * The kernel's domain model: organisation units, user accounts, audit entries and module states.
 */
package cn.finegov.kernel.domain;
