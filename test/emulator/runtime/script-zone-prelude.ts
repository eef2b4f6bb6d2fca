/**
 * Runs inside the bundle's context, after the clock prelude: Date's local-time methods (getHours,
 * getDate, setHours, toString, toDateString, new Date(y, m, d), parsing a date without a zone…)
 * work in the script's time zone, as Apps Script evaluates them in the zone of appsscript.json
 * ("timeZone": https://developers.google.com/apps-script/manifest), not in the host's (UTC on CI),
 * so a local-time bug cannot hide behind a UTC test machine. UTC methods are untouched.
 */
export const SCRIPT_ZONE_PRELUDE = `(function (zone) {
  var RealDate = globalThis.Date;
  var P = RealDate.prototype;
  var getTime = P.getTime;
  var setTime = P.setTime;
  var host = {
    y: P.getFullYear, mo: P.getMonth, d: P.getDate, h: P.getHours,
    mi: P.getMinutes, s: P.getSeconds, ms: P.getMilliseconds
  };
  var parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hourCycle: "h23", weekday: "short", year: "numeric", month: "numeric",
    day: "numeric", hour: "numeric", minute: "numeric", second: "numeric"
  });
  var names = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "long" });
  var WEEKDAYS = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
  var DAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function wall(t) {
    var o = {};
    var list = parts.formatToParts(new RealDate(t));
    for (var i = 0; i < list.length; i++) o[list[i].type] = list[i].value;
    var ms = ((t % 1000) + 1000) % 1000;
    var w = { y: +o.year, mo: +o.month - 1, d: +o.day, h: +o.hour % 24, mi: +o.minute, s: +o.second, ms: ms, wd: WEEKDAYS[o.weekday] };
    w.offset = (RealDate.UTC(w.y, w.mo, w.d, w.h, w.mi, w.s, ms) - t) / 60000;
    return w;
  }
  function fromWall(y, mo, d, h, mi, s, ms) {
    var guess = RealDate.UTC(y, mo, d, h, mi, s, ms);
    if (guess !== guess) return NaN;
    var t = guess - wall(guess).offset * 60000;
    return guess - wall(t).offset * 60000;
  }
  function time(date) { return getTime.call(date); }
  function def(name, fn) {
    Object.defineProperty(P, name, { value: fn, writable: true, configurable: true });
  }
  function getter(name, field) {
    def(name, function () { var t = time(this); return t !== t ? NaN : wall(t)[field]; });
  }
  getter("getFullYear", "y"); getter("getMonth", "mo"); getter("getDate", "d");
  getter("getDay", "wd"); getter("getHours", "h"); getter("getMinutes", "mi");
  getter("getSeconds", "s"); getter("getMilliseconds", "ms");
  def("getTimezoneOffset", function () { var t = time(this); return t !== t ? NaN : -wall(t).offset; });
  function setter(name, fields) {
    def(name, function () {
      var t = time(this);
      var w = t !== t ? (name === "setFullYear" ? wall(0) : null) : wall(t);
      if (!w) return NaN;
      for (var i = 0; i < fields.length && i < arguments.length; i++) w[fields[i]] = Number(arguments[i]);
      var next = fromWall(w.y, w.mo, w.d, w.h, w.mi, w.s, w.ms);
      setTime.call(this, next);
      return time(this);
    });
  }
  setter("setFullYear", ["y", "mo", "d"]); setter("setMonth", ["mo", "d"]); setter("setDate", ["d"]);
  setter("setHours", ["h", "mi", "s", "ms"]); setter("setMinutes", ["mi", "s", "ms"]);
  setter("setSeconds", ["s", "ms"]); setter("setMilliseconds", ["ms"]);
  function pad(n, w) { n = String(n); while (n.length < (w || 2)) n = "0" + n; return n; }
  function zoneText(t, w) {
    var off = w.offset, sign = off < 0 ? "-" : "+";
    off = Math.abs(off);
    var name = names.formatToParts(new RealDate(t)).filter(function (p) { return p.type === "timeZoneName"; })[0];
    return "GMT" + sign + pad(Math.floor(off / 60)) + pad(off % 60) + " (" + (name ? name.value : zone) + ")";
  }
  function dateText(w) { return DAY[w.wd] + " " + MONTH[w.mo] + " " + pad(w.d) + " " + pad(w.y, 4); }
  function timeText(w) { return pad(w.h) + ":" + pad(w.mi) + ":" + pad(w.s); }
  def("toString", function () {
    var t = time(this); if (t !== t) return "Invalid Date";
    var w = wall(t); return dateText(w) + " " + timeText(w) + " " + zoneText(t, w);
  });
  def("toDateString", function () {
    var t = time(this); return t !== t ? "Invalid Date" : dateText(wall(t));
  });
  def("toTimeString", function () {
    var t = time(this); if (t !== t) return "Invalid Date";
    var w = wall(t); return timeText(w) + " " + zoneText(t, w);
  });
  ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"].forEach(function (name) {
    var original = P[name];
    def(name, function (locales, options) {
      var o = Object.assign({}, options || {});
      if (!o.timeZone) o.timeZone = zone;
      return original.call(this, locales, o);
    });
  });
  var ISO_DATE_ONLY = /^[+-]?\\d{4,6}(-\\d\\d(-\\d\\d)?)?$/;
  var HAS_ZONE = /(Z|[+-]\\d\\d:?\\d\\d|\\b(GMT|UTC|UT)\\b.*)$/i;
  function parse(text) {
    var s = String(text).trim();
    var t = RealDate.parse(s);
    if (t !== t || ISO_DATE_ONLY.test(s) || HAS_ZONE.test(s)) return t;
    // No zone given: the host read it as its own local time; read the same wall time in the script's.
    var d = new RealDate(t);
    return fromWall(host.y.call(d), host.mo.call(d), host.d.call(d), host.h.call(d), host.mi.call(d), host.s.call(d), host.ms.call(d));
  }
  function ZonedDate(a, b, c, d, e, f, g) {
    if (!new.target) return new ZonedDate().toString();
    var n = arguments.length;
    var args;
    if (n >= 2) {
      var y = Number(a);
      if (y >= 0 && y <= 99 && Math.floor(y) === y) y += 1900;
      args = [fromWall(y, Number(b), n > 2 ? Number(c) : 1, n > 3 ? Number(d) : 0, n > 4 ? Number(e) : 0, n > 5 ? Number(f) : 0, n > 6 ? Number(g) : 0)];
    } else if (n === 1 && typeof a === "string") {
      args = [parse(a)];
    } else {
      args = Array.prototype.slice.call(arguments);
    }
    return Reflect.construct(RealDate, args, new.target);
  }
  Object.defineProperty(ZonedDate, "name", { value: "Date" });
  ZonedDate.prototype = P;
  Object.defineProperty(P, "constructor", { value: ZonedDate, writable: true, configurable: true });
  ZonedDate.now = RealDate.now;
  ZonedDate.UTC = RealDate.UTC;
  ZonedDate.parse = parse;
  globalThis.Date = ZonedDate;
})(globalThis.__scriptTimeZone);
delete globalThis.__scriptTimeZone;`;
