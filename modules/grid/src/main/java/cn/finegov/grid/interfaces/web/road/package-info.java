/** The roads screen: segments, road chiefs, the signboard, patrols with a sketch of their track. */
package cn.finegov.grid.interfaces.web.road;
