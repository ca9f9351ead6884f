/**
 * Use cases of road segments, road chiefs, signboards and patrols: permission and scope checks,
 * audit entries, masking of chiefs' phones.
 */
package cn.finegov.grid.application.road;
