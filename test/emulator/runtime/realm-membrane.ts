import vm from "node:vm";
import { isDateValue } from "../spreadsheet/cell-value";

/**
 * What the emulated services hand to the bundle, made in the bundle's realm: Dates become the
 * context's Dates and arrays and plain objects the context's, so `x instanceof Date` and
 * `x instanceof Array` hold inside the bundle as they do on Apps Script. Service objects (Range,
 * Sheet, …) are wrapped once each (identity kept), and their methods' results converted in turn.
 * What the bundle passes in needs no conversion: the emulator reads Dates and arrays of any realm.
 */
export function realmMembrane(context: vm.Context): (value: unknown) => unknown {
  const BundleDate = vm.runInContext("Date", context) as DateConstructor;
  const BundleArray = vm.runInContext("Array", context) as ArrayConstructor;
  const BundleObject = vm.runInContext("Object", context) as ObjectConstructor;
  // Array.prototype.slice of the bundle's realm copies a host array into a bundle array natively
  // (ArraySpeciesCreate ignores another realm's Array constructor): fast for rows of plain values.
  const bundleSlice = vm.runInContext("Array.prototype.slice", context) as (
    this: unknown[],
  ) => unknown[];
  const wrappers = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();
  // One wrapper per method, remade when a test replaces the method on the object.
  const methods = new WeakMap<object, Map<PropertyKey, { member: unknown; method: unknown }>>();

  /** A wrapper the bundle passes back is the emulator's own object again (arrays of them too). */
  const outward = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    const target = targets.get(value);
    if (target) return target;
    if (!Array.isArray(value)) return value;
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const back = outward(item);
      if (back !== item) {
        copy ??= [...value];
        copy[i] = back;
      }
    });
    return copy ?? value;
  };

  const inward = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (isDateValue(value)) return new BundleDate(value.getTime());
    if (Array.isArray(value)) {
      if (!value.some((item) => item !== null && typeof item === "object")) {
        return bundleSlice.call(value);
      }
      const out = new BundleArray<unknown>();
      for (const item of value) out.push(inward(item));
      return out;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === BundleObject.prototype || proto === null) {
      const out = new BundleObject() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = inward(v);
      return out;
    }
    let wrapper = wrappers.get(value);
    if (!wrapper) {
      wrapper = new Proxy(value, {
        get(target, property) {
          const member = Reflect.get(target, property, target);
          if (typeof member !== "function") return inward(member);
          let cache = methods.get(target);
          if (!cache) {
            cache = new Map();
            methods.set(target, cache);
          }
          const cached = cache.get(property);
          if (cached && cached.member === member) return cached.method;
          const method = (...args: unknown[]) =>
            inward(Reflect.apply(member, target, args.map(outward)));
          cache.set(property, { member, method });
          return method;
        },
        set(target, property, v) {
          return Reflect.set(target, property, v, target);
        },
      });
      wrappers.set(value, wrapper);
      targets.set(wrapper, value);
    }
    return wrapper;
  };
  return inward;
}
