/** JPA implementations of the kernel's repositories, on the persistence unit {@code kernel}. */
package cn.finegov.kernel.infrastructure.persistence;
