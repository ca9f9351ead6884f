/** REST resources of road segments, road chiefs, signboards and patrol check-ins (mobile app). */
package cn.finegov.grid.interfaces.rest.road;
