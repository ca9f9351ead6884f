/*
 * The map of the new-case form: grid outlines (GeoJSON), an optional tile layer (an intranet tile
 * server, or none at all), and the place of the case picked by a click. The latitude and longitude
 * inputs follow the click, and the marker follows what is typed into them.
 */
var GridCaseMap = (function () {
  'use strict';
  var maps = {};

  function input(id) {
    return id ? document.getElementById(id) : null;
  }

  function number(text) {
    if (text === null || text === undefined || String(text).trim() === '') {
      return NaN;
    }
    return Number(String(text).trim());
  }

  function place(entry, lat, lon, moveInputs) {
    if (!isFinite(lat) || !isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      return;
    }
    if (entry.marker) {
      entry.marker.setLatLng([lat, lon]);
    } else {
      entry.marker = L.circleMarker([lat, lon], {
        radius: 9, color: '#b91c1c', weight: 3, fillColor: '#ef4444', fillOpacity: 0.7
      }).addTo(entry.map);
    }
    if (moveInputs) {
      var latInput = input(entry.element.dataset.latInput);
      var lonInput = input(entry.element.dataset.lonInput);
      if (latInput) { latInput.value = lat.toFixed(6); }
      if (lonInput) { lonInput.value = lon.toFixed(6); }
    }
    entry.element.dataset.picked = lat.toFixed(6) + ',' + lon.toFixed(6);
  }

  function init(element) {
    if (maps[element.id] || typeof L === 'undefined') {
      return;
    }
    var lat = number(element.dataset.lat), lon = number(element.dataset.lon);
    var zoom = number(element.dataset.zoom);
    var map = L.map(element, { attributionControl: false })
      .setView([isFinite(lat) ? lat : 30.2741, isFinite(lon) ? lon : 120.1551], isFinite(zoom) ? zoom : 13);
    var entry = { element: element, map: map, marker: null };
    maps[element.id] = entry;
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
    }
    if (element.dataset.grids) {
      try {
        var grids = JSON.parse(element.dataset.grids);
        L.geoJSON(grids, {
          style: function (feature) {
            var unit = feature.properties && feature.properties.level === 'UNIT';
            return { color: '#2563eb', weight: unit ? 1 : 2, fillOpacity: unit ? 0.06 : 0 };
          },
          interactive: false
        }).addTo(map);
      } catch (e) {
        // No outlines: the map still takes clicks.
      }
    }
    map.on('click', function (event) {
      place(entry, event.latlng.lat, event.latlng.lng, true);
    });
    var latInput = input(element.dataset.latInput), lonInput = input(element.dataset.lonInput);
    if (latInput && lonInput) {
      place(entry, number(latInput.value), number(lonInput.value), false);
    }
    element.classList.add('case-map-ready');
  }

  function typed(event) {
    var target = event.target;
    Object.keys(maps).forEach(function (id) {
      var entry = maps[id];
      if (target.id === entry.element.dataset.latInput || target.id === entry.element.dataset.lonInput) {
        var lat = number((input(entry.element.dataset.latInput) || {}).value);
        var lon = number((input(entry.element.dataset.lonInput) || {}).value);
        if (isFinite(lat) && isFinite(lon)) {
          place(entry, lat, lon, false);
          entry.map.panTo([lat, lon]);
        }
      }
    });
  }

  function start() {
    var elements = document.querySelectorAll('.case-map[data-lat]');
    for (var i = 0; i < elements.length; i++) {
      init(elements[i]);
    }
  }

  document.addEventListener('change', typed);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  return {
    start: start,
    /** Removes the picked place (after "report another"). */
    clear: function (id) {
      var entry = maps[id];
      if (entry && entry.marker) {
        entry.map.removeLayer(entry.marker);
        entry.marker = null;
        delete entry.element.dataset.picked;
      }
    }
  };
})();
