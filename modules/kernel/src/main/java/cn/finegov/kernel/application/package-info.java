/**
 * Use cases of the kernel: thin transactional services that check permissions, call the domain and
 * audit.
 */
package cn.finegov.kernel.application;
