/** Managing user accounts (security administrator) and checking credentials at sign-in. */
package cn.finegov.kernel.application.user;
