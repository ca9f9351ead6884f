/*
 * The grid maps (Leaflet, bundled under grid/leaflet): the grid map, grids coloured by their open
 * cases with the cases as markers, and the small outline map of the grid administration screen.
 * Without a tile URL the maps show the outlines on a plain background.
 */
(function (window) {
  'use strict';

  var COLOURS = [
    {min: 0, fill: '#d9f0d3', label: '0'},
    {min: 1, fill: '#fee08b', label: '1–2'},
    {min: 3, fill: '#fc8d59', label: '3–5'},
    {min: 6, fill: '#d73027', label: '6+'}
  ];

  function colourOf(count) {
    var colour = COLOURS[0].fill;
    COLOURS.forEach(function (c) {
      if (count >= c.min) {
        colour = c.fill;
      }
    });
    return colour;
  }

  function text(value) {
    var div = document.createElement('div');
    div.textContent = value == null ? '' : String(value);
    return div.innerHTML;
  }

  function baseMap(element, centre, zoom, tileUrl) {
    var map = window.L.map(element, {preferCanvas: false, zoomControl: true, attributionControl: false});
    map.setView(centre, zoom);
    if (tileUrl) {
      window.L.tileLayer(tileUrl, {maxZoom: 19}).addTo(map);
    } else {
      element.classList.add('grid-map-plain');
    }
    return map;
  }

  function styleOf(feature) {
    var p = feature.properties;
    if (p.level === 'UNIT') {
      return {
        color: '#35618f', weight: 1, fillOpacity: p.inScope ? 0.55 : 0.15,
        fillColor: p.inScope ? colourOf(p.openCases || 0) : '#cccccc',
        className: 'grid-cell grid-' + p.code
      };
    }
    return {
      color: p.level === 'STREET' ? '#1f3b57' : '#4f7ca8', weight: p.level === 'STREET' ? 3 : 2,
      dashArray: p.level === 'STREET' ? null : '4 4', fill: false,
      className: 'grid-outline grid-' + p.code
    };
  }

  /** The grid map; data: {tileUrl, centre, zoom, grids (FeatureCollection), cases}. */
  function render(elementId, data, labels) {
    var element = document.getElementById(elementId);
    var map = baseMap(element, data.centre, data.zoom, data.tileUrl);
    var order = {STREET: 0, COMMUNITY: 1, UNIT: 2};
    var features = data.grids.features.slice().sort(function (a, b) {
      return order[a.properties.level] - order[b.properties.level];
    });
    var cells = 0;
    var byCode = {};
    var layer = window.L.geoJSON({type: 'FeatureCollection', features: features}, {
      style: styleOf,
      onEachFeature: function (feature, path) {
        var p = feature.properties;
        byCode[p.code] = path;
        if (p.level === 'UNIT') {
          cells++;
          path.bindTooltip(text(p.name) + ' (' + text(p.code) + ')<br>'
            + text(labels.openCases) + ': ' + (p.inScope ? p.openCases : '–'));
        } else {
          path.bindTooltip(text(p.name) + ' (' + text(p.code) + ')');
        }
      }
    }).addTo(map);
    var markers = 0;
    data.cases.forEach(function (c) {
      window.L.circleMarker([c.lat, c.lon], {
        radius: 7, color: '#7a0019', weight: 2, fillColor: '#ffffff', fillOpacity: 0.9,
        className: 'case-marker case-' + c.number
      }).bindPopup('<strong>' + text(c.number) + '</strong><br>' + text(c.stateLabel)
        + '<br>' + text(c.category)).addTo(map);
      markers++;
    });
    var legend = window.L.control({position: 'bottomright'});
    legend.onAdd = function () {
      var div = window.L.DomUtil.create('div', 'grid-map-legend');
      div.innerHTML = '<strong>' + text(labels.legend) + '</strong>' + COLOURS.map(function (c) {
        return '<div><i style="background:' + c.fill + '"></i>' + c.label + '</div>';
      }).join('');
      return div;
    };
    legend.addTo(map);
    var wanted = new URLSearchParams(window.location.search).get('grid');
    map.invalidateSize({pan: false});
    if (wanted && byCode[wanted]) {
      map.fitBounds(byCode[wanted].getBounds(), {maxZoom: 16, animate: false});
    }
    if (window.ResizeObserver) {
      // The container can get its final size after the first layout (fonts, the shell's side bar).
      new window.ResizeObserver(function () {
        map.invalidateSize({pan: false});
      }).observe(element);
    }
    window.gridMapState = {map: map, grids: features.length, cells: cells, markers: markers};
    return map;
  }

  /** A small map of one outline (GeoJSON geometry text); nothing when the text is empty. */
  function outline(elementId, geometryText) {
    var element = document.getElementById(elementId);
    if (!element) {
      return null;
    }
    if (element._gridMap) {
      element._gridMap.remove();
    }
    if (!geometryText) {
      element.classList.add('grid-map-empty');
      return null;
    }
    var map = baseMap(element, [0, 0], 2, element.getAttribute('data-tile-url'));
    var shape = window.L.geoJSON(JSON.parse(geometryText), {
      style: {color: '#35618f', weight: 2, fillOpacity: 0.25, className: 'grid-admin-outline'}
    }).addTo(map);
    map.fitBounds(shape.getBounds(), {padding: [12, 12]});
    element._gridMap = map;
    return map;
  }

  window.GridMaps = {render: render, outline: outline, colourOf: colourOf};
}(window));
