// SPDX-License-Identifier: GPL-3.0-or-later
// The Postman-compatible script sandbox: pm, chai-style expect, CryptoJS subset, lodash basics.
// Loaded once per ScriptEngine as an ECMAScript module, compiled to bytecode at build time
// (qmlcachegen, see CMakeLists.txt); the runner calls __gh.begin(...) before and __gh.end() after
// each script. Hashing and encoding are native (the __native object, see scriptengine.cpp).
(function (global) {
    'use strict';
    var native = global.__native;
    var pm, Hex; // assigned below; closures above refer to them

    // ---- values for messages, like chai's inspect ----
    function inspect(v, depth) {
        depth = depth || 0;
        if (v === null) return 'null';
        if (v === undefined) return 'undefined';
        if (typeof v === 'string') return "'" + v + "'";
        if (typeof v === 'number' || typeof v === 'boolean') return String(v);
        if (typeof v === 'function') return '[Function' + (v.name ? ': ' + v.name : '') + ']';
        if (v instanceof RegExp) return String(v);
        if (v && v.__isResponse) return 'response';
        if (v && v.__isRequest) return 'request';
        if (depth > 2) return Array.isArray(v) ? '[Array]' : '{ Object }';
        if (Array.isArray(v)) {
            if (v.length === 0) return '[]';
            return '[ ' + v.map(function (x) { return inspect(x, depth + 1); }).join(', ') + ' ]';
        }
        var keys = Object.keys(v);
        if (keys.length === 0) return '{}';
        return '{ ' + keys.map(function (k) { return k + ': ' + inspect(v[k], depth + 1); }).join(', ') + ' }';
    }

    function typeName(v) {
        if (v === null) return 'null';
        if (Array.isArray(v)) return 'array';
        if (v instanceof RegExp) return 'regexp';
        if (v instanceof Date) return 'date';
        return typeof v;
    }

    function deepEqual(a, b) {
        if (a === b) return true;
        if (typeof a === 'number' && typeof b === 'number') return isNaN(a) && isNaN(b);
        if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
        if (Array.isArray(a) !== Array.isArray(b)) return false;
        if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
        var ka = Object.keys(a), kb = Object.keys(b);
        if (ka.length !== kb.length) return false;
        for (var i = 0; i < ka.length; ++i) {
            if (!Object.prototype.hasOwnProperty.call(b, ka[i]) || !deepEqual(a[ka[i]], b[ka[i]])) return false;
        }
        return true;
    }

    function AssertionError(message) {
        this.name = 'AssertionError';
        this.message = message;
        this.stack = new Error(message).stack; // for the script's line when thrown outside pm.test
    }
    AssertionError.prototype = Object.create(Error.prototype);
    AssertionError.prototype.constructor = AssertionError;

    // ---- chai BDD subset ----
    function Assertion(obj, message) {
        this._obj = obj;
        this._flags = { message: message };
    }
    function flag(a, name, value) {
        if (arguments.length > 2) { a._flags[name] = value; return a; }
        return a._flags[name];
    }
    Assertion.prototype.assert = function (cond, msg, negMsg, expected, actual) {
        var negate = !!flag(this, 'negate');
        var ok = negate ? !cond : !!cond;
        if (!ok) {
            var text = negate ? negMsg : msg;
            var exp = arguments.length > 3 ? expected : undefined;
            var act = arguments.length > 4 ? actual : this._obj;
            text = text.replace(/#\{this\}/g, inspect(this._obj)).replace(/#\{exp\}/g, inspect(exp)).replace(/#\{act\}/g, inspect(act));
            var prefix = flag(this, 'message');
            throw new AssertionError(prefix ? prefix + ': ' + text : text);
        }
        return this;
    };
    ['to', 'be', 'been', 'is', 'that', 'which', 'and', 'has', 'have', 'with', 'at', 'of', 'same', 'but', 'does', 'still', 'also']
        .forEach(function (word) {
            Object.defineProperty(Assertion.prototype, word, { get: function () { return this; } });
        });
    function addFlag(name, key) {
        Object.defineProperty(Assertion.prototype, name, { get: function () { return flag(this, key || name, true); } });
    }
    addFlag('not', 'negate');
    addFlag('deep');
    addFlag('nested');
    addFlag('own');
    addFlag('any');
    addFlag('all');
    addFlag('ordered');
    Object.defineProperty(Assertion.prototype, 'include', { get: includeGetter });
    Object.defineProperty(Assertion.prototype, 'includes', { get: includeGetter });
    Object.defineProperty(Assertion.prototype, 'contain', { get: includeGetter });
    Object.defineProperty(Assertion.prototype, 'contains', { get: includeGetter });
    // include/contain are both a chain word (.include.keys) and a method (.include(x)).
    function includeGetter() {
        var self = this;
        flag(self, 'contains', true);
        var fn = function (value) { return doInclude(self, value); };
        return new Proxy(fn, {
            get: function (target, prop) {
                var v = self[prop];
                return typeof v === 'function' ? v.bind(self) : v;
            }
        });
    }
    function doInclude(a, value) {
        var obj = a._obj;
        var deep = flag(a, 'deep');
        var found = false;
        if (typeof obj === 'string') {
            found = obj.indexOf(value) !== -1;
        } else if (Array.isArray(obj)) {
            found = obj.some(function (x) { return deep ? deepEqual(x, value) : x === value; });
        } else if (obj && typeof obj === 'object' && value && typeof value === 'object') {
            found = Object.keys(value).every(function (k) {
                return deep ? deepEqual(obj[k], value[k]) : obj[k] === value[k];
            });
        } else if (obj && typeof obj === 'object') {
            found = Object.prototype.hasOwnProperty.call(obj, value);
        }
        return a.assert(found, 'expected #{this} to ' + (deep ? 'deep ' : '') + 'include #{exp}',
                        'expected #{this} to not ' + (deep ? 'deep ' : '') + 'include #{exp}', value);
    }

    function addMethod(names, fn) {
        names.forEach(function (n) { Assertion.prototype[n] = fn; });
    }
    function addProperty(names, fn) {
        names.forEach(function (n) { Object.defineProperty(Assertion.prototype, n, { get: fn }); });
    }

    addMethod(['equal', 'equals', 'eq'], function (value) {
        if (flag(this, 'deep')) return this.eql(value);
        return this.assert(this._obj === value, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}', value);
    });
    addMethod(['eql', 'eqls'], function (value) {
        return this.assert(deepEqual(this._obj, value), 'expected #{this} to deeply equal #{exp}',
                           'expected #{this} to not deeply equal #{exp}', value);
    });
    // a/an are both a method (.a('string')) and a chain word (.to.be.a.postmanResponse).
    function typeAssertion(a, type) {
        type = String(type).toLowerCase();
        var article = /^[aeiou]/.test(type) ? 'an ' : 'a ';
        return a.assert(typeName(a._obj) === type, 'expected #{this} to be ' + article + type,
                        'expected #{this} not to be ' + article + type);
    }
    ['a', 'an'].forEach(function (word) {
        Object.defineProperty(Assertion.prototype, word, {
            get: function () {
                var self = this;
                var fn = function (type) { return typeAssertion(self, type); };
                return new Proxy(fn, {
                    get: function (target, prop) {
                        var v = self[prop];
                        return typeof v === 'function' ? v.bind(self) : v;
                    }
                });
            }
        });
    });
    addProperty(['postmanResponse'], function () {
        return this.assert(!!(this._obj && this._obj.__isResponse), 'expected #{this} to be a postman response', 'expected #{this} to not be a postman response');
    });
    addProperty(['postmanRequest'], function () {
        return this.assert(!!(this._obj && this._obj.__isRequest), 'expected #{this} to be a postman request', 'expected #{this} to not be a postman request');
    });
    addProperty(['postmanRequestOrResponse'], function () {
        return this.assert(!!(this._obj && (this._obj.__isRequest || this._obj.__isResponse)), 'expected #{this} to be a postman request or response',
                           'expected #{this} to not be a postman request or response');
    });
    addMethod(['statusReason', 'reason'], function (reason) {
        isResponse(this);
        var actual = this._obj.status;
        return this.assert(actual === reason, "expected response to have status reason '" + reason + "' but got '" + actual + "'",
                           "expected response to not have status reason '" + reason + "'");
    });
    addMethod(['instanceof', 'instanceOf'], function (ctor) {
        return this.assert(this._obj instanceof ctor, 'expected #{this} to be an instance of ' + (ctor && ctor.name),
                           'expected #{this} to not be an instance of ' + (ctor && ctor.name));
    });
    addProperty(['ok'], function () {
        if (this._obj && this._obj.__isResponse) return statusIs(this, 200, 'ok');
        return this.assert(!!this._obj, 'expected #{this} to be truthy', 'expected #{this} to be falsy');
    });
    addProperty(['true'], function () {
        return this.assert(this._obj === true, 'expected #{this} to be true', 'expected #{this} to be false');
    });
    addProperty(['false'], function () {
        return this.assert(this._obj === false, 'expected #{this} to be false', 'expected #{this} to be true');
    });
    addProperty(['null'], function () {
        return this.assert(this._obj === null, 'expected #{this} to be null', 'expected #{this} not to be null');
    });
    addProperty(['undefined'], function () {
        return this.assert(this._obj === undefined, 'expected #{this} to be undefined', 'expected #{this} not to be undefined');
    });
    addProperty(['NaN'], function () {
        return this.assert(typeof this._obj === 'number' && isNaN(this._obj), 'expected #{this} to be NaN', 'expected #{this} not to be NaN');
    });
    addProperty(['exist', 'exists'], function () {
        return this.assert(this._obj !== null && this._obj !== undefined, 'expected #{this} to exist', 'expected #{this} to not exist');
    });
    addProperty(['empty'], function () {
        var o = this._obj, empty;
        if (typeof o === 'string' || Array.isArray(o)) empty = o.length === 0;
        else if (o && typeof o === 'object') empty = Object.keys(o).length === 0;
        else throw new AssertionError('.empty was passed non-string primitive ' + inspect(o));
        return this.assert(empty, 'expected #{this} to be empty', 'expected #{this} not to be empty');
    });
    function compare(names, op, words) {
        addMethod(names, function (n) {
            var o = this._obj;
            if (flag(this, 'doLength')) {
                var len = o == null ? undefined : o.length;
                return this.assert(op(len, n), 'expected #{this} to have a length ' + words + ' ' + n + ' but got ' + len,
                                   'expected #{this} to not have a length ' + words + ' ' + n);
            }
            return this.assert(op(o, n), 'expected #{this} to be ' + words + ' #{exp}', 'expected #{this} to not be ' + words + ' #{exp}', n);
        });
    }
    compare(['above', 'gt', 'greaterThan'], function (a, b) { return a > b; }, 'above');
    compare(['below', 'lt', 'lessThan'], function (a, b) { return a < b; }, 'below');
    compare(['least', 'gte', 'greaterThanOrEqual'], function (a, b) { return a >= b; }, 'at least');
    compare(['most', 'lte', 'lessThanOrEqual'], function (a, b) { return a <= b; }, 'at most');
    addMethod(['within'], function (lo, hi) {
        var o = flag(this, 'doLength') ? (this._obj == null ? undefined : this._obj.length) : this._obj;
        return this.assert(o >= lo && o <= hi, 'expected #{this} to be within ' + lo + '..' + hi,
                           'expected #{this} to not be within ' + lo + '..' + hi);
    });
    addMethod(['closeTo', 'approximately'], function (expected, delta) {
        return this.assert(Math.abs(this._obj - expected) <= delta, 'expected #{this} to be close to ' + expected + ' +/- ' + delta,
                           'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
    });
    addMethod(['match', 'matches'], function (re) {
        return this.assert(re.exec(String(this._obj)) !== null, 'expected #{this} to match ' + re, 'expected #{this} not to match ' + re);
    });
    addMethod(['string'], function (sub) {
        return this.assert(typeof this._obj === 'string' && this._obj.indexOf(sub) !== -1, 'expected #{this} to contain #{exp}',
                           'expected #{this} to not contain #{exp}', sub);
    });
    addMethod(['oneOf'], function (list) {
        var o = this._obj;
        var found = list.some(function (x) { return deepEqual(x, o); });
        return this.assert(found, 'expected #{this} to be one of #{exp}', 'expected #{this} to not be one of #{exp}', list);
    });
    addMethod(['lengthOf'], function (n) {
        var len = this._obj == null ? undefined : (this._obj.length !== undefined ? this._obj.length : this._obj.size);
        return this.assert(len === n, 'expected #{this} to have a length of ' + n + ' but got ' + len,
                           'expected #{this} to not have a length of ' + n);
    });
    Object.defineProperty(Assertion.prototype, 'length', {
        get: function () {
            var self = this;
            flag(self, 'doLength', true);
            var fn = function (n) { return self.lengthOf(n); };
            return new Proxy(fn, {
                get: function (target, prop) {
                    var v = self[prop];
                    return typeof v === 'function' ? v.bind(self) : v;
                }
            });
        }
    });
    addMethod(['satisfy', 'satisfies'], function (fn) {
        return this.assert(fn(this._obj), 'expected #{this} to satisfy ' + String(fn), 'expected #{this} to not satisfy ' + String(fn));
    });
    addMethod(['members'], function (list) {
        var o = this._obj || [];
        var contains = flag(this, 'contains');
        var has = function (arr, x) { return arr.some(function (y) { return deepEqual(x, y); }); };
        var ok = list.every(function (x) { return has(o, x); }) && (contains || (o.length === list.length && o.every(function (x) { return has(list, x); })));
        return this.assert(ok, 'expected #{this} to have the same members as #{exp}', 'expected #{this} to not have the same members as #{exp}', list);
    });
    function getPath(obj, path) {
        var parts = Array.isArray(path) ? path : String(path).replace(/\[(\w+)\]/g, '.$1').split('.');
        var cur = obj;
        for (var i = 0; i < parts.length; ++i) {
            if (cur === null || cur === undefined || !(typeof cur === 'object' || typeof cur === 'string') || !(parts[i] in Object(cur)))
                return { exists: false };
            cur = cur[parts[i]];
        }
        return { exists: true, value: cur };
    }
    addMethod(['property'], function (name, value) {
        var o = this._obj;
        var found;
        if (flag(this, 'nested')) found = getPath(o, name);
        else if (o !== null && o !== undefined && (name in Object(o))) found = { exists: true, value: o[name] };
        else found = { exists: false };
        var negate = flag(this, 'negate');
        if (arguments.length > 1) {
            var same = found.exists && (flag(this, 'deep') ? deepEqual(found.value, value) : found.value === value);
            this.assert(same, 'expected #{this} to have property ' + inspect(name) + ' of #{exp}, but got #{act}',
                        'expected #{this} to not have property ' + inspect(name) + ' of #{exp}', value, found.value);
        } else {
            this.assert(found.exists, 'expected #{this} to have property ' + inspect(name),
                        'expected #{this} to not have property ' + inspect(name));
        }
        if (!negate) this._obj = found.value;
        return this;
    });
    addMethod(['ownProperty', 'haveOwnProperty'], function (name) {
        var o = this._obj;
        return this.assert(o != null && Object.prototype.hasOwnProperty.call(o, name), 'expected #{this} to have own property ' + inspect(name),
                           'expected #{this} to not have own property ' + inspect(name));
    });
    addMethod(['keys', 'key'], function () {
        var wanted = arguments.length === 1 && Array.isArray(arguments[0]) ? arguments[0]
                   : (arguments.length === 1 && arguments[0] && typeof arguments[0] === 'object') ? Object.keys(arguments[0])
                   : Array.prototype.slice.call(arguments);
        var actual = this._obj && typeof this._obj === 'object' ? Object.keys(this._obj) : [];
        var ok;
        if (flag(this, 'any')) {
            ok = wanted.some(function (k) { return actual.indexOf(k) !== -1; });
        } else {
            ok = wanted.every(function (k) { return actual.indexOf(k) !== -1; });
            if (!flag(this, 'contains')) ok = ok && actual.length === wanted.length;
        }
        return this.assert(ok, 'expected #{this} to have keys ' + wanted.map(function (k) { return inspect(k); }).join(', '),
                           'expected #{this} to not have keys ' + wanted.map(function (k) { return inspect(k); }).join(', '));
    });
    addMethod(['throw', 'throws', 'Throw'], function () {
        var threw = false;
        try { this._obj(); } catch (e) { threw = true; }
        return this.assert(threw, 'expected #{this} to throw an error', 'expected #{this} to not throw an error');
    });

    // ---- Postman response assertions (chai-postman) ----
    function isResponse(a) {
        if (!(a._obj && a._obj.__isResponse))
            throw new AssertionError('expected ' + inspect(a._obj) + ' to be a postman response');
    }
    function statusIs(a, code, what) {
        isResponse(a);
        var actual = a._obj.code;
        return a.assert(actual === code, 'expected response to have status code ' + code + ' but got ' + actual,
                        'expected response to not have status code ' + code, code, actual);
    }
    function statusClass(names, lo, hi, what) {
        addProperty(names, function () {
            isResponse(this);
            var c = this._obj.code;
            return this.assert(c >= lo && c <= hi, 'expected response code to be ' + what + ' but found ' + c,
                               'expected response code to not be ' + what + ' but found ' + c);
        });
    }
    statusClass(['info'], 100, 199, '1XX');
    statusClass(['success'], 200, 299, '2XX');
    statusClass(['redirection'], 300, 399, '3XX');
    statusClass(['clientError'], 400, 499, '4XX');
    statusClass(['serverError'], 500, 599, '5XX');
    statusClass(['error'], 400, 599, '4XX or 5XX');
    [['accepted', 202], ['withoutContent', 204], ['badRequest', 400], ['unauthorized', 401], ['unauthorised', 401],
     ['forbidden', 403], ['notFound', 404], ['notAcceptable', 406], ['rateLimited', 429]].forEach(function (p) {
        addProperty([p[0]], function () { return statusIs(this, p[1], p[0]); });
    });
    addMethod(['status', 'statusCode', 'code'], function (code) {
        isResponse(this);
        if (typeof code === 'string') {
            var actual = this._obj.status;
            return this.assert(actual === code, "expected response to have status reason '" + code + "' but got '" + actual + "'",
                               "expected response to not have status reason '" + code + "'", code, actual);
        }
        return statusIs(this, code);
    });
    addMethod(['header'], function (name, value) {
        var o = this._obj;
        if (!(o && o.headers && typeof o.headers.has === 'function'))
            throw new AssertionError('expected ' + inspect(o) + ' to have headers');
        var has = o.headers.has(name);
        if (arguments.length < 2)
            return this.assert(has, "expected response to have header with key '" + name + "'",
                               "expected response to not have header with key '" + name + "'");
        var actual = o.headers.get(name);
        return this.assert(has && actual === String(value), "expected '" + name + "' response header to be '" + value + "' but got '" + actual + "'",
                           "expected '" + name + "' response header to not be '" + value + "'", value, actual);
    });
    addMethod(['body'], function (value) {
        isResponse(this);
        var text = this._obj.text();
        if (arguments.length === 0)
            return this.assert(text.length > 0, 'expected response to have content in body', 'expected response to not have content in body');
        if (value instanceof RegExp)
            return this.assert(value.test(text), 'expected response body text to match ' + value, 'expected response body text to not match ' + value);
        if (typeof value === 'object') {
            var parsed; try { parsed = JSON.parse(text); } catch (e) { parsed = undefined; }
            return this.assert(deepEqual(parsed, value), 'expected response body json to equal #{exp} but got #{act}',
                               'expected response body json to not equal #{exp}', value, parsed);
        }
        return this.assert(text === String(value), "expected response body to equal '" + value + "' but got '" + text + "'",
                           "expected response body to not equal '" + value + "'");
    });
    addMethod(['jsonBody'], function (path, value) {
        isResponse(this);
        var parsed, valid = true;
        try { parsed = JSON.parse(this._obj.text()); } catch (e) { valid = false; }
        if (arguments.length === 0)
            return this.assert(valid, 'expected response body to be a valid json', 'expected response body not to be a valid json');
        if (typeof path === 'object')
            return this.assert(valid && deepEqual(parsed, path), 'expected response body json to equal #{exp} but got #{act}',
                               'expected response body json to not equal #{exp}', path, parsed);
        var found = valid ? getPath(parsed, path) : { exists: false };
        if (arguments.length === 1)
            return this.assert(found.exists, "expected #{this} to have property '" + path + "'", "expected #{this} to not have property '" + path + "'");
        return this.assert(found.exists && deepEqual(found.value, value), "expected #{this} to have property '" + path + "' of #{exp}, but got #{act}",
                           "expected #{this} to not have property '" + path + "' of #{exp}", value, found.value);
    });
    addProperty(['json'], function () {
        isResponse(this);
        var valid = true;
        try { JSON.parse(this._obj.text()); } catch (e) { valid = false; }
        return this.assert(valid, 'expected response body to be a valid json', 'expected response body not to be a valid json');
    });
    addMethod(['responseTime'], function (ms) {
        isResponse(this);
        return this.assert(this._obj.responseTime <= ms, 'expected response time to be at most ' + ms, 'expected response time to be above ' + ms);
    });

    // JSON Schema validation (draft 4 to 7 keywords that collections use): the one validator behind
    // chai's .jsonSchema, require('ajv') and tv4. Errors are structured; each front end words them
    // its own way (ajv 6's "should be boolean", tv4's "Invalid type: ...").
    var schemaFormats = {
        'date': /^\d\d\d\d-[0-1]\d-[0-3]\d$/,
        'time': /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
        'date-time': /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
        'uri': /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
        'email': /^[a-z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
        'hostname': /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*$/i,
        'ipv4': /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
        'uuid': /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i
    };
    function resolveRef(root, ref) {
        if (ref === '#') return root;
        if (typeof ref !== 'string' || ref.indexOf('#/') !== 0) return undefined;
        var cur = root;
        var parts = ref.slice(2).split('/');
        for (var i = 0; i < parts.length && cur !== undefined; ++i)
            cur = cur[decodeURIComponent(parts[i]).replace(/~1/g, '/').replace(/~0/g, '~')];
        return cur;
    }
    // opts: { formats: check "format", first: stop at the first error }. Errors:
    // { keyword, path: [segments], schemaPath, params }.
    function schemaValidate(value, schema, root, path, schemaPath, out, opts) {
        if (schema === true || schema === undefined || schema === null) return;
        if (schema === false) { out.push({ keyword: 'false schema', path: path, schemaPath: schemaPath, params: {} }); return; }
        if (typeof schema !== 'object') return;
        function fail(keyword, params) {
            out.push({ keyword: keyword, path: path, schemaPath: schemaPath + '/' + keyword, params: params || {} });
            return opts.first;
        }
        function sub(v, s, seg, sp) {
            var before = out.length;
            schemaValidate(v, s, root, seg === undefined ? path : path.concat([seg]), sp, out, opts);
            return opts.first && out.length > before;
        }
        function passes(v, s) { var e = []; schemaValidate(v, s, root, path, schemaPath, e, { formats: opts.formats, first: true }); return e.length === 0; }
        if (schema.$ref !== undefined) {
            var target = resolveRef(root, schema.$ref);
            if (target !== undefined) sub(value, target, undefined, schema.$ref.slice(1));
            return; // draft 4-7: siblings of $ref are ignored
        }
        if (schema.type !== undefined) {
            var types = Array.isArray(schema.type) ? schema.type : [schema.type];
            var t = typeName(value);
            var ok = types.some(function (want) {
                if (want === 'integer') return typeof value === 'number' && Math.floor(value) === value && isFinite(value);
                if (want === 'number') return typeof value === 'number';
                return want === t;
            });
            if (!ok) { fail('type', { type: types.join(',') }); return; }
        }
        if (schema.enum && !schema.enum.some(function (x) { return deepEqual(x, value); }) && fail('enum', { allowedValues: schema.enum })) return;
        if (schema.const !== undefined && !deepEqual(schema.const, value) && fail('const', { allowedValue: schema.const })) return;
        if (typeof value === 'number') {
            var exMin = schema.exclusiveMinimum, exMax = schema.exclusiveMaximum;
            if (schema.minimum !== undefined && (exMin === true ? value <= schema.minimum : value < schema.minimum)
                && fail('minimum', { comparison: exMin === true ? '>' : '>=', limit: schema.minimum, exclusive: exMin === true })) return;
            if (schema.maximum !== undefined && (exMax === true ? value >= schema.maximum : value > schema.maximum)
                && fail('maximum', { comparison: exMax === true ? '<' : '<=', limit: schema.maximum, exclusive: exMax === true })) return;
            if (typeof exMin === 'number' && value <= exMin && fail('exclusiveMinimum', { comparison: '>', limit: exMin, exclusive: true })) return;
            if (typeof exMax === 'number' && value >= exMax && fail('exclusiveMaximum', { comparison: '<', limit: exMax, exclusive: true })) return;
            if (schema.multipleOf !== undefined && Math.abs(value / schema.multipleOf - Math.round(value / schema.multipleOf)) > 1e-9
                && fail('multipleOf', { multipleOf: schema.multipleOf })) return;
        }
        if (typeof value === 'string') {
            var len = Array.from(value).length;
            if (schema.minLength !== undefined && len < schema.minLength && fail('minLength', { limit: schema.minLength })) return;
            if (schema.maxLength !== undefined && len > schema.maxLength && fail('maxLength', { limit: schema.maxLength })) return;
            if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value) && fail('pattern', { pattern: schema.pattern })) return;
            if (opts.formats && schema.format !== undefined && schemaFormats[schema.format] && !schemaFormats[schema.format].test(value)
                && fail('format', { format: schema.format })) return;
        }
        if (Array.isArray(value)) {
            if (schema.minItems !== undefined && value.length < schema.minItems && fail('minItems', { limit: schema.minItems })) return;
            if (schema.maxItems !== undefined && value.length > schema.maxItems && fail('maxItems', { limit: schema.maxItems })) return;
            if (schema.uniqueItems === true) {
                for (var a = value.length - 1; a > 0; --a) {
                    for (var b = a - 1; b >= 0; --b) {
                        if (deepEqual(value[a], value[b])) { if (fail('uniqueItems', { i: a, j: b })) return; a = 0; break; }
                    }
                }
            }
            if (Array.isArray(schema.items)) {
                for (var i = 0; i < value.length; ++i) {
                    if (i < schema.items.length) { if (sub(value[i], schema.items[i], i, schemaPath + '/items/' + i)) return; }
                    else if (schema.additionalItems === false) { if (fail('additionalItems', { limit: schema.items.length })) return; break; }
                    else if (schema.additionalItems && typeof schema.additionalItems === 'object'
                             && sub(value[i], schema.additionalItems, i, schemaPath + '/additionalItems')) return;
                }
            } else if (schema.items !== undefined) {
                for (var j = 0; j < value.length; ++j)
                    if (sub(value[j], schema.items, j, schemaPath + '/items')) return;
            }
            if (schema.contains !== undefined && !value.some(function (x) { return passes(x, schema.contains); }) && fail('contains', {})) return;
        } else if (value && typeof value === 'object') {
            var keys = Object.keys(value);
            if (schema.minProperties !== undefined && keys.length < schema.minProperties && fail('minProperties', { limit: schema.minProperties })) return;
            if (schema.maxProperties !== undefined && keys.length > schema.maxProperties && fail('maxProperties', { limit: schema.maxProperties })) return;
            var required = Array.isArray(schema.required) ? schema.required : [];
            for (var r = 0; r < required.length; ++r) {
                // ajv 6 quirk, kept for identical messages: stopping at the first error it names the
                // missing property as an accessor (".name").
                if (!Object.prototype.hasOwnProperty.call(value, required[r])
                    && fail('required', { missingProperty: opts.first ? ajvDataPath([required[r]]) : required[r], property: required[r] })) return;
            }
            var props = schema.properties || {};
            var patterns = schema.patternProperties || {};
            for (var k = 0; k < keys.length; ++k) {
                var key = keys[k];
                var known = Object.prototype.hasOwnProperty.call(props, key);
                if (known && sub(value[key], props[key], key, schemaPath + '/properties/' + key)) return;
                var matched = false;
                var patternKeys = Object.keys(patterns);
                for (var p = 0; p < patternKeys.length; ++p) {
                    if (new RegExp(patternKeys[p]).test(key)) {
                        matched = true;
                        if (sub(value[key], patterns[patternKeys[p]], key, schemaPath + '/patternProperties/' + patternKeys[p])) return;
                    }
                }
                if (!known && !matched) {
                    if (schema.additionalProperties === false) {
                        if (fail('additionalProperties', { additionalProperty: key, tv4Path: path.concat([key]) })) return;
                    } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object'
                               && sub(value[key], schema.additionalProperties, key, schemaPath + '/additionalProperties')) {
                        return;
                    }
                }
            }
            var deps = schema.dependencies || {};
            Object.keys(deps).forEach(function (dk) {
                if (!Object.prototype.hasOwnProperty.call(value, dk)) return;
                if (Array.isArray(deps[dk])) {
                    deps[dk].forEach(function (needed) {
                        if (!Object.prototype.hasOwnProperty.call(value, needed))
                            fail('dependencies', { property: dk, missingProperty: needed, depsCount: deps[dk].length, deps: deps[dk].join(', ') });
                    });
                } else {
                    sub(value, deps[dk], undefined, schemaPath + '/dependencies/' + dk);
                }
            });
            if (opts.first && out.length) return;
        }
        if (Array.isArray(schema.allOf)) {
            for (var s = 0; s < schema.allOf.length; ++s)
                if (sub(value, schema.allOf[s], undefined, schemaPath + '/allOf/' + s)) return;
        }
        // As ajv, a failed anyOf/oneOf lists each branch's errors before its own.
        function branches(kw) {
            var branchErrors = [], passing = [];
            schema[kw].forEach(function (x, idx) {
                var e = [];
                schemaValidate(value, x, root, path, schemaPath + '/' + kw + '/' + idx, e, opts);
                if (e.length === 0) passing.push(idx); else branchErrors = branchErrors.concat(e);
            });
            return { passing: passing, errors: branchErrors };
        }
        if (Array.isArray(schema.anyOf)) {
            var any = branches('anyOf');
            if (any.passing.length === 0) {
                Array.prototype.push.apply(out, any.errors.map(function (e) { e.branch = true; return e; }));
                if (fail('anyOf', {})) return;
            }
        }
        if (Array.isArray(schema.oneOf)) {
            var one = branches('oneOf');
            if (one.passing.length === 0) Array.prototype.push.apply(out, one.errors.map(function (e) { e.branch = true; return e; }));
            if (one.passing.length !== 1 && fail('oneOf', { passingSchemas: one.passing.length > 1 ? one.passing : null })) return;
        }
        if (schema.not !== undefined && passes(value, schema.not) && fail('not', {})) return;
        if (schema['if'] !== undefined) {
            var branch = passes(value, schema['if']) ? schema.then : schema['else'];
            if (branch !== undefined && !passes(value, branch)) fail('if', { failingKeyword: passes(value, schema['if']) ? 'then' : 'else' });
        }
    }
    // ajv 6's wording: dataPath in JavaScript property notation, "should ..." messages.
    function ajvDataPath(path) {
        return path.map(function (seg) {
            if (typeof seg === 'number') return '[' + seg + ']';
            return /^[A-Za-z_$][\w$]*$/.test(seg) ? '.' + seg : "['" + String(seg).replace(/'/g, "\\'") + "']";
        }).join('');
    }
    function ajvMessage(e) {
        var p = e.params;
        switch (e.keyword) {
        case 'type': return 'should be ' + p.type;
        case 'enum': return 'should be equal to one of the allowed values';
        case 'const': return 'should be equal to constant';
        case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': return 'should be ' + p.comparison + ' ' + p.limit;
        case 'multipleOf': return 'should be multiple of ' + p.multipleOf;
        case 'minLength': return 'should NOT be shorter than ' + p.limit + ' characters';
        case 'maxLength': return 'should NOT be longer than ' + p.limit + ' characters';
        case 'pattern': return 'should match pattern "' + p.pattern + '"';
        case 'format': return 'should match format "' + p.format + '"';
        case 'minItems': return 'should NOT have fewer than ' + p.limit + ' items';
        case 'maxItems': return 'should NOT have more than ' + p.limit + ' items';
        case 'additionalItems': return 'should NOT have more than ' + p.limit + ' items';
        case 'uniqueItems': return 'should NOT have duplicate items (items ## ' + p.j + ' and ' + p.i + ' are identical)';
        case 'contains': return 'should contain a valid item';
        case 'minProperties': return 'should NOT have fewer than ' + p.limit + ' properties';
        case 'maxProperties': return 'should NOT have more than ' + p.limit + ' properties';
        case 'required': return "should have required property '" + p.missingProperty + "'";
        case 'additionalProperties': return 'should NOT have additional properties';
        case 'dependencies': return 'should have property ' + p.missingProperty + ' when property ' + p.property + ' is present';
        case 'anyOf': return 'should match some schema in anyOf';
        case 'oneOf': return 'should match exactly one schema in oneOf';
        case 'not': return 'should NOT be valid';
        case 'if': return 'should match "' + p.failingKeyword + '" schema';
        default: return 'boolean schema is false';
        }
    }
    function ajvErrors(errors) {
        return errors.map(function (e) {
            return { keyword: e.keyword, dataPath: ajvDataPath(e.path), schemaPath: '#' + e.schemaPath, params: e.params, message: ajvMessage(e) };
        });
    }
    function ajvErrorsText(errors, options) {
        if (!errors || !errors.length) return 'No errors';
        options = options || {};
        var separator = options.separator === undefined ? ', ' : options.separator;
        var dataVar = options.dataVar === undefined ? 'data' : options.dataVar;
        return errors.map(function (e) { return dataVar + e.dataPath + ' ' + e.message; }).join(separator);
    }
    function Ajv(options) {
        if (!(this instanceof Ajv)) return new Ajv(options);
        this._opts = options || {};
        this._schemas = {};
        this.errors = null;
    }
    Ajv.prototype._check = function (schema, data) {
        var out = [];
        schemaValidate(data, schema, schema, [], '', out, { formats: this._opts.format !== false, first: !this._opts.allErrors });
        out.forEach(function (e) { delete e.params.tv4Path; delete e.params.property; });
        return out.length ? ajvErrors(out) : null;
    };
    Ajv.prototype.compile = function (schema) {
        var self = this;
        var validate = function (data) { validate.errors = self._check(schema, data); return validate.errors === null; };
        validate.schema = schema;
        validate.errors = null;
        return validate;
    };
    Ajv.prototype.validate = function (schema, data) {
        if (typeof schema === 'string') schema = this._schemas[schema];
        this.errors = this._check(schema, data);
        return this.errors === null;
    };
    Ajv.prototype.addSchema = function (schema, key) {
        (Array.isArray(schema) ? schema : [schema]).forEach(function (s) { this._schemas[key || s.$id || s.id] = s; }, this);
        return this;
    };
    Ajv.prototype.getSchema = function (key) { return this._schemas[key] ? this.compile(this._schemas[key]) : undefined; };
    Ajv.prototype.removeSchema = function (key) { delete this._schemas[key]; return this; };
    Ajv.prototype.addFormat = function (name, format) { schemaFormats[name] = format instanceof RegExp ? format : { test: format }; return this; };
    Ajv.prototype.addKeyword = function () { return this; };
    Ajv.prototype.validateSchema = function (schema) { return !!schema && (typeof schema === 'object' || typeof schema === 'boolean'); };
    Ajv.prototype.errorsText = function (errors, options) { return ajvErrorsText(errors === undefined ? this.errors : errors, options); };

    // tv4's wording and error codes; tv4 checks no formats.
    function tv4Error(e) {
        var p = e.params, msg, code;
        switch (e.keyword) {
        case 'type': msg = 'Invalid type: ' + p.actual + ' (expected ' + p.type.split(',').join('/') + ')'; code = 0; break;
        case 'enum': msg = 'No enum match for: ' + JSON.stringify(p.value); code = 1; break;
        case 'anyOf': msg = 'Data does not match any schemas from "anyOf"'; code = 10; break;
        case 'oneOf':
            if (p.passingSchemas) { msg = 'Data is valid against more than one schema from "oneOf": indices ' + p.passingSchemas[0] + ' and ' + p.passingSchemas[1]; code = 12; }
            else { msg = 'Data does not match any schemas from "oneOf"'; code = 11; }
            break;
        case 'not': msg = 'Data matches schema from "not"'; code = 13; break;
        case 'multipleOf': msg = 'Value ' + p.value + ' is not a multiple of ' + p.multipleOf; code = 100; break;
        case 'minimum': msg = 'Value ' + p.value + ' is less than minimum ' + p.limit; code = p.exclusive ? 102 : 101; break;
        case 'maximum': msg = 'Value ' + p.value + ' is greater than maximum ' + p.limit; code = p.exclusive ? 104 : 103; break;
        case 'minLength': msg = 'String is too short (' + p.length + ' chars), minimum ' + p.limit; code = 200; break;
        case 'maxLength': msg = 'String is too long (' + p.length + ' chars), maximum ' + p.limit; code = 201; break;
        case 'pattern': msg = 'String does not match pattern: ' + p.pattern; code = 202; break;
        case 'minProperties': msg = 'Too few properties defined, minimum ' + p.limit; code = 300; break;
        case 'maxProperties': msg = 'Too many properties defined, maximum ' + p.limit; code = 301; break;
        case 'required': msg = 'Missing required property: ' + p.property; code = 302; break;
        case 'additionalProperties': msg = 'Additional properties not allowed'; code = 303; break;
        case 'dependencies': msg = 'Dependency failed - key must exist: ' + p.missingProperty; code = 304; break;
        case 'minItems': msg = 'Array is too short (' + p.length + '), minimum ' + p.limit; code = 400; break;
        case 'maxItems': case 'additionalItems': msg = 'Array is too long (' + p.length + '), maximum ' + p.limit; code = 401; break;
        case 'uniqueItems': msg = 'Array items are not unique (indices ' + p.j + ' and ' + p.i + ')'; code = 402; break;
        default: msg = 'Data does not match the schema (' + e.keyword + ')'; code = 0;
        }
        var dataPath = (p.tv4Path || e.path).map(function (s) { return '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1'); }).join('');
        return { message: msg, params: p, code: code, dataPath: dataPath, schemaPath: e.schemaPath, subErrors: null };
    }
    function tv4Run(data, schema, first) {
        var out = [];
        schemaValidate(data, schema, schema, [], '', out, { formats: false, first: false });
        out = out.filter(function (e) { return !e.branch; });
        if (first) out = out.slice(0, 1);
        // tv4 names the actual value in its messages.
        out.forEach(function (e) {
            var v = e.path.reduce(function (o, s) { return o === undefined || o === null ? undefined : o[s]; }, data);
            e.params = Object.assign({}, e.params, { actual: typeName(v) === 'array' ? 'array' : (v === null ? 'null' : typeof v), value: v,
                                                    length: v === undefined || v === null ? undefined : (typeof v === 'string' ? Array.from(v).length : v.length) });
        });
        return out.map(tv4Error);
    }
    var tv4 = {
        error: null,
        missing: [],
        validate: function (data, schema) { var errors = tv4Run(data, schema, true); tv4.error = errors.length ? errors[0] : null; tv4.missing = []; return !errors.length; },
        validateResult: function (data, schema) { var errors = tv4Run(data, schema, true); return { valid: !errors.length, error: errors.length ? errors[0] : null, missing: [] }; },
        validateMultiple: function (data, schema) { var errors = tv4Run(data, schema, false); return { valid: !errors.length, errors: errors, missing: [] }; },
        addSchema: function () { return true; },
        getSchema: function () { return undefined; },
        addFormat: function () {},
        freshApi: function () { return tv4; },
        errorCodes: { INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12, NOT_PASSED: 13,
                      NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102, NUMBER_MAXIMUM: 103, NUMBER_MAXIMUM_EXCLUSIVE: 104,
                      STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201, STRING_PATTERN: 202, OBJECT_PROPERTIES_MINIMUM: 300,
                      OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302, OBJECT_ADDITIONAL_PROPERTIES: 303, OBJECT_DEPENDENCY_KEY: 304,
                      ARRAY_LENGTH_SHORT: 400, ARRAY_LENGTH_LONG: 401, ARRAY_UNIQUE: 402 }
    };

    addMethod(['jsonSchema'], function (schema) {
        var value = this._obj;
        if (value && value.__isResponse) {
            try { value = JSON.parse(value.text()); } catch (e) { value = undefined; }
        }
        var errors = [];
        schemaValidate(value, schema, schema, [], '', errors, { formats: true, first: false });
        return this.assert(errors.length === 0, 'expected data to satisfy schema but found following errors: \n' + ajvErrorsText(ajvErrors(errors)),
                           'expected data to not satisfy schema');
    });

    function expect(value, message) { return new Assertion(value, message); }
    expect.fail = function (message) { throw new AssertionError(message || 'expect.fail()'); };

    // ---- CryptoJS subset (hashing is native) ----
    function WordArray(hex) { this.__hex = hex; this.sigBytes = hex.length / 2; }
    WordArray.prototype.toString = function (encoder) { return (encoder || Hex).stringify(this); };
    WordArray.prototype.concat = function (other) { this.__hex += toWords(other).__hex; this.sigBytes = this.__hex.length / 2; return this; };
    Hex = { stringify: function (wa) { return wa.__hex; }, parse: function (s) { return new WordArray(String(s).toLowerCase()); } };
    var Utf8 = { stringify: function (wa) { return native.hexToUtf8(wa.__hex); }, parse: function (s) { return new WordArray(native.utf8ToHex(String(s))); } };
    var Latin1 = { stringify: function (wa) { return native.hexToLatin1(wa.__hex); }, parse: function (s) { return new WordArray(native.latin1ToHex(String(s))); } };
    var Base64 = { stringify: function (wa) { return native.hexToBase64(wa.__hex); }, parse: function (s) { return new WordArray(native.base64ToHex(String(s))); } };
    function toWords(v) { return v instanceof WordArray ? v : Utf8.parse(v === undefined || v === null ? '' : String(v)); }
    var CryptoJS = { enc: { Hex: Hex, Utf8: Utf8, Base64: Base64, Latin1: Latin1 }, lib: { WordArray: { create: function () { return new WordArray(''); } } } };
    ['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512'].forEach(function (algo) {
        CryptoJS[algo] = function (message) { return new WordArray(native.hash(algo, toWords(message).__hex)); };
        CryptoJS['Hmac' + algo] = function (message, key) { return new WordArray(native.hmac(algo, toWords(message).__hex, toWords(key).__hex)); };
    });

    // ---- lodash basics ----
    function iteratee(f) {
        if (typeof f === 'function') return f;
        if (typeof f === 'string') return function (o) { return getPath(o, f).value; };
        if (f && typeof f === 'object') return function (o) { return Object.keys(f).every(function (k) { return o && deepEqual(o[k], f[k]); }); };
        return function (o) { return o; };
    }
    function values(o) { return Array.isArray(o) ? o.slice() : (o && typeof o === 'object' ? Object.keys(o).map(function (k) { return o[k]; }) : []); }
    var _ = {
        each: function (c, f) { if (Array.isArray(c)) c.forEach(function (v, i) { f(v, i, c); }); else if (c) Object.keys(c).forEach(function (k) { f(c[k], k, c); }); return c; },
        map: function (c, f) { f = iteratee(f); return Array.isArray(c) ? c.map(function (v, i) { return f(v, i); }) : Object.keys(c || {}).map(function (k) { return f(c[k], k); }); },
        filter: function (c, f) { return values(c).filter(iteratee(f)); },
        reject: function (c, f) { f = iteratee(f); return values(c).filter(function (v) { return !f(v); }); },
        find: function (c, f) { return values(c).find(iteratee(f)); },
        findIndex: function (a, f) { return (a || []).findIndex(iteratee(f)); },
        some: function (c, f) { return values(c).some(iteratee(f)); },
        every: function (c, f) { return values(c).every(iteratee(f)); },
        reduce: function (c, f, acc) { return values(c).reduce(f, acc); },
        includes: function (c, v) { return typeof c === 'string' ? c.indexOf(v) !== -1 : values(c).some(function (x) { return deepEqual(x, v); }); },
        keys: function (o) { return o ? Object.keys(o) : []; },
        values: values,
        get: function (o, p, d) { var r = getPath(o, p); return r.exists && r.value !== undefined ? r.value : d; },
        has: function (o, p) { return getPath(o, p).exists; },
        set: function (o, p, v) { var parts = String(p).split('.'); var cur = o; for (var i = 0; i < parts.length - 1; ++i) { if (typeof cur[parts[i]] !== 'object' || cur[parts[i]] === null) cur[parts[i]] = {}; cur = cur[parts[i]]; } cur[parts[parts.length - 1]] = v; return o; },
        isEmpty: function (v) { if (v == null) return true; if (typeof v === 'string' || Array.isArray(v)) return v.length === 0; if (typeof v === 'object') return Object.keys(v).length === 0; return true; },
        isEqual: deepEqual,
        isArray: Array.isArray,
        isObject: function (v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); },
        isPlainObject: function (v) { return v !== null && typeof v === 'object' && !Array.isArray(v); },
        isString: function (v) { return typeof v === 'string'; },
        isNumber: function (v) { return typeof v === 'number'; },
        isBoolean: function (v) { return typeof v === 'boolean'; },
        isFunction: function (v) { return typeof v === 'function'; },
        isNil: function (v) { return v === null || v === undefined; },
        isNull: function (v) { return v === null; },
        isUndefined: function (v) { return v === undefined; },
        size: function (c) { return c == null ? 0 : (c.length !== undefined ? c.length : Object.keys(c).length); },
        uniq: function (a) { return (a || []).filter(function (v, i, arr) { return arr.indexOf(v) === i; }); },
        sortBy: function (c, f) { f = iteratee(f); return values(c).slice().sort(function (a, b) { var x = f(a), y = f(b); return x < y ? -1 : x > y ? 1 : 0; }); },
        random: function (lo, hi) { if (hi === undefined) { hi = lo; lo = 0; } return lo + Math.floor(Math.random() * (hi - lo + 1)); },
        pick: function (o, ks) { ks = Array.isArray(ks) ? ks : Array.prototype.slice.call(arguments, 1); var r = {}; ks.forEach(function (k) { if (o && k in o) r[k] = o[k]; }); return r; },
        omit: function (o, ks) { ks = Array.isArray(ks) ? ks : Array.prototype.slice.call(arguments, 1); var r = {}; Object.keys(o || {}).forEach(function (k) { if (ks.indexOf(k) === -1) r[k] = o[k]; }); return r; },
        clone: function (v) { return Array.isArray(v) ? v.slice() : (v && typeof v === 'object' ? Object.assign({}, v) : v); },
        cloneDeep: function (v) { return v === undefined ? undefined : JSON.parse(JSON.stringify(v)); },
        range: function (a, b, s) { if (b === undefined) { b = a; a = 0; } s = s || 1; var r = []; for (var i = a; s > 0 ? i < b : i > b; i += s) r.push(i); return r; },
        times: function (n, f) { var r = []; for (var i = 0; i < n; ++i) r.push(f ? f(i) : i); return r; },
        first: function (a) { return a ? a[0] : undefined; },
        head: function (a) { return a ? a[0] : undefined; },
        last: function (a) { return a ? a[a.length - 1] : undefined; },
        flatten: function (a) { return [].concat.apply([], a || []); },
        compact: function (a) { return (a || []).filter(Boolean); },
        sum: function (a) { return (a || []).reduce(function (s, x) { return s + x; }, 0); },
        max: function (a) { return a && a.length ? Math.max.apply(null, a) : undefined; },
        min: function (a) { return a && a.length ? Math.min.apply(null, a) : undefined; },
        groupBy: function (c, f) { f = iteratee(f); var r = {}; values(c).forEach(function (v) { var k = f(v); (r[k] = r[k] || []).push(v); }); return r; },
        countBy: function (c, f) { f = iteratee(f); var r = {}; values(c).forEach(function (v) { var k = f(v); r[k] = (r[k] || 0) + 1; }); return r; },
        merge: function (t) { for (var i = 1; i < arguments.length; ++i) { var s = arguments[i]; Object.keys(s || {}).forEach(function (k) { if (s[k] && typeof s[k] === 'object' && !Array.isArray(s[k]) && t[k] && typeof t[k] === 'object') _.merge(t[k], s[k]); else t[k] = s[k]; }); } return t; },
        assign: function () { return Object.assign.apply(Object, arguments); },
        trim: function (s) { return String(s === undefined ? '' : s).trim(); },
        capitalize: function (s) { s = String(s); return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(); },
        startsWith: function (s, t) { return String(s).indexOf(t) === 0; },
        endsWith: function (s, t) { s = String(s); return s.slice(s.length - t.length) === t; },
        toLower: function (s) { return String(s).toLowerCase(); },
        toUpper: function (s) { return String(s).toUpperCase(); },
        uniqueId: (function () { var n = 0; return function (p) { return (p || '') + (++n); }; })()
    };
    _.forEach = _.each;
    _.parseInt = function (v, radix) { return parseInt(v, radix || 10); };
    _.toNumber = function (v) { return Number(v); };
    _.toString = function (v) { return v === null || v === undefined ? '' : String(v); };
    _.isInteger = Number.isInteger;
    _.isNaN = function (v) { return typeof v === 'number' && isNaN(v); };
    _.isDate = function (v) { return v instanceof Date; };
    _.isRegExp = function (v) { return v instanceof RegExp; };
    _.padStart = function (s, n, c) { return String(s).padStart(n, c === undefined ? ' ' : c); };
    _.padEnd = function (s, n, c) { return String(s).padEnd(n, c === undefined ? ' ' : c); };
    _.repeat = function (s, n) { return String(s).repeat(n); };
    _.split = function (s, sep, limit) { return String(s).split(sep, limit); };
    _.join = function (a, sep) { return (a || []).join(sep === undefined ? ',' : sep); };
    _.indexOf = function (a, v) { return (a || []).indexOf(v); };
    _.difference = function (a, b) { return (a || []).filter(function (x) { return (b || []).indexOf(x) === -1; }); };
    _.intersection = function (a, b) { return (a || []).filter(function (x) { return (b || []).indexOf(x) !== -1; }); };
    _.union = function () { return _.uniq([].concat.apply([], Array.prototype.slice.call(arguments))); };
    _.without = function (a) { var ex = Array.prototype.slice.call(arguments, 1); return (a || []).filter(function (x) { return ex.indexOf(x) === -1; }); };
    _.chunk = function (a, n) { var r = []; for (var i = 0; i < (a || []).length; i += n) r.push(a.slice(i, i + n)); return r; };
    _.mapValues = function (o, f) { f = iteratee(f); var r = {}; Object.keys(o || {}).forEach(function (k) { r[k] = f(o[k], k); }); return r; };
    _.keyBy = function (c, f) { f = iteratee(f); var r = {}; values(c).forEach(function (v) { r[f(v)] = v; }); return r; };
    _.orderBy = function (c, f, order) { var r = _.sortBy(c, Array.isArray(f) ? f[0] : f); return (Array.isArray(order) ? order[0] : order) === 'desc' ? r.reverse() : r; };
    _.now = function () { return Date.now(); };
    _.noop = function () {};
    _.identity = function (v) { return v; };
    _.defaults = function (t) { for (var i = 1; i < arguments.length; ++i) { var s = arguments[i]; Object.keys(s || {}).forEach(function (k) { if (t[k] === undefined) t[k] = s[k]; }); } return t; };
    _.camelCase = function (s) { return String(s).toLowerCase().replace(/[^a-z0-9]+(.)/g, function (m, c) { return c.toUpperCase(); }).replace(/^[^a-z0-9]+/, ''); };
    _.kebabCase = function (s) { return String(s).replace(/([a-z])([A-Z])/g, '$1-$2').replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase().replace(/^-|-$/g, ''); };
    _.snakeCase = function (s) { return _.kebabCase(s).replace(/-/g, '_'); };
    _.escape = function (s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'); };
    _.isMatch = function (o, src) { return iteratee(src)(o); };
    _.matches = function (src) { return iteratee(src); };
    _.property = function (p) { return iteratee(p); };
    _.partition = function (c, f) { f = iteratee(f); var a = [], b = []; values(c).forEach(function (v) { (f(v) ? a : b).push(v); }); return [a, b]; };
    _.contains = _.includes;

    // The legacy Postman sandbox shipped Sugar.js: old collections call these.
    function extend(proto, name, fn) {
        if (!Object.prototype.hasOwnProperty.call(proto, name))
            Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
    }
    extend(String.prototype, 'has', function (v) { return v instanceof RegExp ? v.test(this) : this.indexOf(v) !== -1; });
    extend(String.prototype, 'camelize', function () { return String(this).replace(/[-_\s]+(.)?/g, function (m, c) { return c ? c.toUpperCase() : ''; }).replace(/^./, function (c) { return c.toUpperCase(); }); });
    extend(String.prototype, 'spacify', function () { return String(this).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase(); });
    extend(String.prototype, 'shift', function (n) { return String(this).split('').map(function (c) { return String.fromCharCode(c.charCodeAt(0) + n); }).join(''); });
    extend(Array.prototype, 'none', function (v) { var f = typeof v === 'function' ? v : function (x) { return deepEqual(x, v); }; return !this.some(f); });
    extend(Array.prototype, 'any', function (v) { var f = typeof v === 'function' ? v : function (x) { return deepEqual(x, v); }; return this.some(f); });
    extend(Array.prototype, 'average', function () { return this.length ? this.reduce(function (a, b) { return a + b; }, 0) / this.length : 0; });
    extend(Function.prototype, 'once', function () { var fn = this, done = false, result; return function () { if (!done) { done = true; result = fn.apply(this, arguments); } return result; }; });
    extend(Number.prototype, 'hex', function () { return Number(this).toString(16); });
    extend(Number.prototype, 'isEven', function () { return Number(this) % 2 === 0; });
    extend(Number.prototype, 'isOdd', function () { return Math.abs(Number(this) % 2) === 1; });
    extend(Number.prototype, 'ordinalize', function () { var n = Number(this), m = n % 100; var suffix = (m >= 11 && m <= 13) ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th'; return n + suffix; });
    extend(Number.prototype, 'format', function () { var parts = String(Number(this)).split('.'); parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ','); return parts.join('.'); });

    var uuid = { v4: function () { return native.uuid(); } };
    uuid.v4.toString = function () { return 'v4'; };

    // ---- variable scopes ----
    var scopes = { globals: {}, environment: {}, collectionVariables: {}, _variables: {}, iterationData: {}, folders: {} };
    // Set when a script may have changed a scope, so the runner reads the scopes back only then.
    var scopesChanged = false;
    function stringValue(v) {
        if (v === undefined || v === null) return '';
        if (typeof v === 'object') return JSON.stringify(v);
        return String(v);
    }
    function lookup(name) {
        var order = ['_variables', 'iterationData', 'environment', 'folders', 'collectionVariables', 'globals'];
        for (var i = 0; i < order.length; ++i) {
            if (Object.prototype.hasOwnProperty.call(scopes[order[i]], name)) return { found: true, value: scopes[order[i]][name] };
        }
        return { found: false };
    }
    function replaceIn(text, getter, depth) {
        if (typeof text !== 'string') return text;
        depth = depth || 0;
        return text.replace(/\{\{([^{}]+)\}\}/g, function (whole, name) {
            name = name.trim();
            if (name.charAt(0) === '$') {
                var dyn = native.dynamic(name);
                return dyn === null || dyn === undefined ? whole : dyn;
            }
            var r = getter(name);
            if (!r.found) return whole;
            var s = stringValue(r.value);
            return depth < 10 ? replaceIn(s, getter, depth + 1) : s;
        });
    }
    function VariableScope(key, readOnly) {
        var get = function () { return scopes[key]; };
        var api = {
            get: function (name) { var s = get(); return Object.prototype.hasOwnProperty.call(s, name) ? s[name] : undefined; },
            has: function (name) { return Object.prototype.hasOwnProperty.call(get(), name); },
            toObject: function () { return Object.assign({}, get()); },
            toJSON: function () { return Object.assign({}, get()); },
            replaceIn: function (text) {
                return replaceIn(text, function (n) { var s = get(); return Object.prototype.hasOwnProperty.call(s, n) ? { found: true, value: s[n] } : { found: false }; });
            }
        };
        if (readOnly) {
            // pm.iterationData: no set or clear, as in Postman; unset lasts until the next
            // iteration brings its own row (the runner never reads this scope back).
            api.unset = function (name) { delete get()[name]; };
        } else {
            api.set = function (name, value) { scopesChanged = true; get()[String(name)] = value; };
            api.unset = function (name) { scopesChanged = true; delete get()[name]; };
            api.clear = function () { scopesChanged = true; scopes[key] = {}; };
        }
        return api;
    }
    var pmVariables = {
        get: function (name) { var r = lookup(name); return r.found ? r.value : undefined; },
        has: function (name) { return lookup(name).found; },
        set: function (name, value) { scopesChanged = true; scopes._variables[String(name)] = value; },
        unset: function (name) { scopesChanged = true; delete scopes._variables[name]; },
        replaceIn: function (text) { return replaceIn(text, lookup); },
        toObject: function () {
            var r = {};
            ['globals', 'collectionVariables', 'folders', 'environment', 'iterationData', '_variables'].forEach(function (k) { Object.assign(r, scopes[k]); });
            return r;
        }
    };
    pmVariables.toJSON = pmVariables.toObject;

    // ---- headers and URL of pm.request / pm.response ----
    function HeaderList(list) {
        this.__list = list; // [{key, value, disabled}]
    }
    HeaderList.prototype.__find = function (name) {
        var lower = String(name).toLowerCase();
        for (var i = 0; i < this.__list.length; ++i)
            if (!this.__list[i].disabled && this.__list[i].key.toLowerCase() === lower) return this.__list[i];
        return undefined;
    };
    HeaderList.prototype.get = function (name) { var h = this.__find(name); return h ? h.value : undefined; };
    HeaderList.prototype.has = function (name, value) { var h = this.__find(name); return !!h && (arguments.length < 2 || h.value === value); };
    HeaderList.prototype.one = function (name) { return this.__find(name); };
    HeaderList.prototype.all = function () { return this.__list.filter(function (h) { return !h.disabled; }); };
    HeaderList.prototype.count = function () { return this.all().length; };
    HeaderList.prototype.each = function (f) { this.all().forEach(f); };
    HeaderList.prototype.map = function (f) { return this.all().map(f); };
    HeaderList.prototype.filter = function (f) { return this.all().filter(f); };
    HeaderList.prototype.toObject = function () { var r = {}; this.all().forEach(function (h) { r[h.key.toLowerCase()] = h.value; }); return r; };
    HeaderList.prototype.toJSON = function () { return this.all().map(function (h) { return { key: h.key, value: h.value }; }); };
    HeaderList.prototype.add = function (h) {
        if (typeof h === 'string') { var c = h.indexOf(':'); h = { key: h.slice(0, c).trim(), value: h.slice(c + 1).trim() }; }
        this.__list.push({ key: String(h.key), value: stringValue(h.value), disabled: !!h.disabled });
    };
    HeaderList.prototype.upsert = function (h) {
        var existing = this.__find(h.key);
        if (existing) existing.value = stringValue(h.value); else this.add(h);
    };
    HeaderList.prototype.remove = function (name) {
        var lower = typeof name === 'string' ? name.toLowerCase() : null;
        this.__list = this.__list.filter(function (h) { return typeof name === 'function' ? !name(h) : h.key.toLowerCase() !== lower; });
    };
    HeaderList.prototype.toString = function () { return this.all().map(function (h) { return h.key + ': ' + h.value; }).join('\n'); };

    function QueryList(url) { this.__url = url; }
    QueryList.prototype.__items = function () {
        var raw = this.__url.__raw;
        var q = raw.indexOf('?');
        if (q < 0) return [];
        var query = raw.slice(q + 1).split('#')[0];
        return query.split('&').filter(function (p) { return p.length > 0; }).map(function (p) {
            var e = p.indexOf('=');
            return e < 0 ? { key: p, value: null } : { key: p.slice(0, e), value: p.slice(e + 1) };
        });
    };
    QueryList.prototype.__write = function (items) {
        var raw = this.__url.__raw;
        var hash = raw.indexOf('#') >= 0 ? raw.slice(raw.indexOf('#')) : '';
        var base = raw.split('#')[0].split('?')[0];
        var q = items.map(function (i) { return i.value === null || i.value === undefined ? i.key : i.key + '=' + i.value; }).join('&');
        this.__url.__raw = base + (q ? '?' + q : '') + hash;
    };
    QueryList.prototype.get = function (k) { var f = this.__items().find(function (i) { return i.key === k; }); return f ? f.value : undefined; };
    QueryList.prototype.has = function (k) { return this.__items().some(function (i) { return i.key === k; }); };
    QueryList.prototype.all = function () { return this.__items(); };
    QueryList.prototype.count = function () { return this.__items().length; };
    QueryList.prototype.each = function (f) { this.__items().forEach(f); };
    QueryList.prototype.toObject = function () { var r = {}; this.__items().forEach(function (i) { r[i.key] = i.value; }); return r; };
    QueryList.prototype.add = function (p) {
        var items = this.__items();
        if (typeof p === 'string') { var e = p.indexOf('='); p = e < 0 ? { key: p, value: null } : { key: p.slice(0, e), value: p.slice(e + 1) }; }
        items.push({ key: p.key, value: p.value });
        this.__write(items);
    };
    QueryList.prototype.upsert = function (p) {
        var items = this.__items();
        var f = items.find(function (i) { return i.key === p.key; });
        if (f) f.value = p.value; else items.push({ key: p.key, value: p.value });
        this.__write(items);
    };
    QueryList.prototype.remove = function (k) { this.__write(this.__items().filter(function (i) { return i.key !== k; })); };
    QueryList.prototype.toString = function () { return this.__items().map(function (i) { return i.value === null ? i.key : i.key + '=' + i.value; }).join('&'); };

    function Url(raw) {
        this.__raw = String(raw);
        this.query = new QueryList(this);
    }
    Url.prototype.toString = function () { return this.__raw; };
    Url.prototype.toJSON = function () { return this.__raw; };
    Url.prototype.update = function (raw) { this.__raw = String(raw); };
    Url.prototype.__parts = function () {
        var m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^\/?#:]*)(?::(\d+|\{\{[^}]*\}\}))?([^?#]*)/.exec(this.__raw) || [];
        return { protocol: m[1], host: m[2] || '', port: m[3], path: m[4] || '' };
    };
    Url.prototype.getHost = function () { return this.__parts().host; };
    Url.prototype.getPath = function () { return this.__parts().path || '/'; };
    Url.prototype.getQueryString = function () { return this.query.toString(); };
    Url.prototype.getPathWithQuery = function () { var q = this.getQueryString(); return this.getPath() + (q ? '?' + q : ''); };
    Url.prototype.getRemote = function () { var p = this.__parts(); return p.host + (p.port ? ':' + p.port : ''); };
    Object.defineProperty(Url.prototype, 'host', { get: function () { return this.__parts().host.split('.'); } });
    Object.defineProperty(Url.prototype, 'path', { get: function () { return this.__parts().path.split('/').filter(function (s) { return s.length; }); } });
    Object.defineProperty(Url.prototype, 'protocol', { get: function () { return this.__parts().protocol; } });
    Object.defineProperty(Url.prototype, 'port', { get: function () { return this.__parts().port; } });

    function makeRequest(r) {
        var headers = new HeaderList(r.headers);
        var req = {
            __isRequest: true,
            method: r.method,
            headers: headers,
            body: r.body || {},
            name: r.name,
            id: r.id,
            auth: r.auth,
            addHeader: function (h) { headers.add(h); },
            removeHeader: function (n) { headers.remove(n); },
            upsertHeader: function (h) { headers.upsert(h); },
            addQueryParams: function (p) { (Array.isArray(p) ? p : [p]).forEach(function (x) { req.url.query.add(x); }); },
            removeQueryParams: function (p) { (Array.isArray(p) ? p : [p]).forEach(function (x) { req.url.query.remove(typeof x === 'string' ? x : x.key); }); },
            toJSON: function () { return { method: req.method, url: String(req.url), header: headers.toJSON(), body: req.body }; }
        };
        var url = new Url(r.url);
        Object.defineProperty(req, 'url', {
            get: function () { return url; },
            set: function (v) { url = v instanceof Url ? v : new Url(typeof v === 'object' && v && v.raw ? v.raw : v); },
            enumerable: true
        });
        Object.defineProperty(req, 'headers', { get: function () { return headers; }, set: function () {}, enumerable: true });
        Object.defineProperty(req, 'to', { get: function () { return expect(req).to; } });
        return req;
    }

    // ---- pm.response.json() on a big body: a lazy view ----
    // The body stays UTF-8 bytes in C++ (lazyjson.cpp). A big object or array is a Proxy over an
    // empty target of its own type; a member is materialised into the target the first time a
    // script looks at it (a small one by JSON.parse of its slice, a big one as another view).
    // Whatever needs the whole object (its keys, an Array method, freezing) first completes the
    // target in source order; from then on the Proxy only passes through. V4's Proxy misses a few
    // things (JSON.stringify sees an array view as an object, Object.prototype.toString and
    // instanceof do not look at the target): the built-ins below are taught about the views.
    // A view's target carries its state under this symbol; a view answers it through its target.
    var LAZY = Symbol('gatehouse.lazyJson');
    var viewsMade = false; // the built-ins below take their usual path until the first view
    function lazyState(v) {
        return viewsMade && v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, LAZY) ? v[LAZY] : undefined;
    }
    function canonicalIndex(p) {
        var n = Number(p) >>> 0;
        return String(n) === p && n !== 4294967295 ? n : -1;
    }
    function lazyJson(bodyId, begin, end, kind) {
        var m = native.jsonMembers(bodyId, begin);
        var ranges = m.ranges && m.ranges.byteLength > 0 ? new Int32Array(m.ranges) : new Int32Array(0); // an empty buffer arrives unusable
        var isArray = kind === 2;
        var count = ranges.length / 3;
        var target = isArray ? [] : {};
        var keys = isArray ? null : m.keys;
        var keyIndex = null;
        var done = false;
        if (isArray) {
            target.length = count;
        } else {
            keyIndex = Object.create(null);
            for (var i = 0; i < keys.length; ++i) keyIndex[keys[i]] = i;
        }
        // The members the target now speaks for (touched, written or deleted), by index.
        var handled = new Uint8Array(count);
        function member(p) { // the index of member p while it is untouched, else -1
            if (done || typeof p !== 'string') return -1;
            var k;
            if (isArray) {
                k = canonicalIndex(p);
                if (k < 0 || k >= count) return -1;
            } else {
                k = keyIndex[p];
                if (k === undefined) return -1;
            }
            return handled[k] ? -1 : k;
        }
        function valueOf(k) {
            var b = ranges[3 * k], e = ranges[3 * k + 1], kind = ranges[3 * k + 2];
            return kind === 0 ? JSON.parse(native.jsonSlice(bodyId, b, e)) : lazyJson(bodyId, b, e, kind);
        }
        function define(p, v) { Object.defineProperty(target, p, { value: v, writable: true, enumerable: true, configurable: true }); }
        function touch(p) {
            var k = member(p);
            if (k < 0) return;
            handled[k] = 1;
            define(p, valueOf(k));
        }
        // The untouched members come from one JSON.parse of the whole slice: walking them one by
        // one costs several times more.
        function complete() {
            if (done) return;
            var all = null;
            for (var k = 0; k < count; ++k) {
                if (handled[k]) continue;
                if (all === null) all = JSON.parse(native.jsonSlice(bodyId, begin, end));
                handled[k] = 1;
                if (isArray) target[k] = all[k];
                else define(keys[k], all[keys[k]]);
            }
            done = true;
        }
        // The target's keys in the order of the parsed object: array indices ascending, the
        // body's keys in source order, then what a script added (the target's own order follows
        // when members were first touched).
        function orderedKeys() {
            var own = Reflect.ownKeys(target);
            if (isArray) return own;
            var indices = [], names = [], symbols = [];
            var has = function (k) { return Object.prototype.hasOwnProperty.call(target, k); };
            keys.forEach(function (k) { if (has(k)) (canonicalIndex(k) >= 0 ? indices : names).push(k); });
            own.forEach(function (k) {
                if (typeof k !== 'string') symbols.push(k);
                else if (keyIndex[k] === undefined) (canonicalIndex(k) >= 0 ? indices : names).push(k);
            });
            indices.sort(function (a, b) { return canonicalIndex(a) - canonicalIndex(b); });
            return indices.concat(names, symbols);
        }
        function claim(p) { var k = member(p); if (k >= 0) handled[k] = 1; }
        function settle(t) { if (isArray && t.length < count) count = t.length; } // a shortened array drops members
        var methods = Object.create(null);
        var view = new Proxy(target, {
            get: function (t, p, receiver) {
                // Array methods run on the completed target (V4's sort and friends do not see
                // through a Proxy); they answer the view where they would answer the array.
                if (isArray && typeof p === 'string' && p !== 'constructor' && typeof Array.prototype[p] === 'function'
                    && Object.prototype.hasOwnProperty.call(Array.prototype, p) && !Object.prototype.hasOwnProperty.call(t, p)) {
                    if (!methods[p]) methods[p] = function () {
                        complete();
                        var r = Array.prototype[p].apply(target, arguments);
                        settle(target);
                        return r === target ? view : r;
                    };
                    return methods[p];
                }
                touch(p);
                return Reflect.get(t, p, receiver);
            },
            has: function (t, p) { return member(p) >= 0 || Reflect.has(t, p); },
            getOwnPropertyDescriptor: function (t, p) { touch(p); return Reflect.getOwnPropertyDescriptor(t, p); },
            set: function (t, p, v) { claim(p); var ok = Reflect.set(t, p, v); settle(t); return ok; },
            defineProperty: function (t, p, d) { claim(p); var ok = Reflect.defineProperty(t, p, d); settle(t); return ok; },
            deleteProperty: function (t, p) { claim(p); return Reflect.deleteProperty(t, p); },
            preventExtensions: function (t) { complete(); return Reflect.preventExtensions(t); },
            ownKeys: function (t) { complete(); return orderedKeys(); }
        });
        viewsMade = true;
        Object.defineProperty(target, LAZY, { value: { target: target, complete: complete, keys: orderedKeys, isArray: isArray } });
        return view;
    }
    // JSON.parse(responseBody) and JSON.parse(pm.response.text()) on a big body give a (new) view too.
    var lastBody = null; // {text, bodyId}: the last body text handed to a script
    (function () {
        var parse = JSON.parse;
        JSON.parse = function (text, reviver) {
            if (reviver === undefined && lastBody && typeof text === 'string' && text.length === lastBody.text.length && text === lastBody.text) {
                var root = native.jsonRoot(lastBody.bodyId);
                if (root) return lazyJson(lastBody.bodyId, root.begin, root.end, root.kind);
            }
            return parse.apply(JSON, arguments);
        };
    })();
    // JSON.stringify, Object.prototype.toString and instanceof, taught about the views.
    (function () {
        var stringify = JSON.stringify;
        function unwrap(v) {
            var lazy = lazyState(v);
            if (!lazy) return v;
            lazy.complete();
            if (lazy.isArray) return lazy.target;
            var copy = {}; // in the parsed object's key order
            lazy.keys().forEach(function (k) { if (typeof k === 'string') copy[k] = lazy.target[k]; });
            return copy;
        }
        JSON.stringify = function (value, replacer, space) {
            if (!viewsMade) return stringify.apply(JSON, arguments);
            var inner;
            if (typeof replacer === 'function') {
                inner = function (k, v) { return unwrap(replacer.call(this, k, unwrap(v))); };
            } else if (Array.isArray(replacer)) {
                var allowed = replacer.map(String);
                inner = function (k, v) { return k === '' || Array.isArray(this) || allowed.indexOf(k) >= 0 ? unwrap(v) : undefined; };
            } else {
                inner = function (k, v) { return unwrap(v); };
            }
            return stringify(value, inner, space);
        };
        var toString = Object.prototype.toString;
        Object.defineProperty(Object.prototype, 'toString', {
            value: function () { var lazy = lazyState(this); return toString.call(lazy ? lazy.target : this); },
            writable: true, configurable: true, enumerable: false
        });
        [Array, Object].forEach(function (ctor) {
            Object.defineProperty(ctor, Symbol.hasInstance, {
                value: function (v) {
                    var lazy = lazyState(v);
                    if (lazy && lazy.target !== v && this === ctor) return lazy.target instanceof ctor;
                    return Function.prototype[Symbol.hasInstance].call(this, v);
                },
                configurable: true
            });
        });
    })();

    // pm.response. Methods live on the prototype: a response is made for every test script, and
    // per-object closures and accessors cost more than the typical script that reads it.
    function Response(r) {
        this.code = r.code;
        this.status = r.status;
        this.headers = new HeaderList(r.headers);
        this.responseTime = r.responseTime;
        this.responseSize = r.responseSize;
        this.__r = r;
        this.__body = undefined; // the body crosses into the engine only when read, and then once
        this.__json = undefined;
    }
    Response.prototype.__isResponse = true;
    Response.prototype.text = function () {
        if (this.__body === undefined) {
            this.__body = native.bodyText(this.__r.bodyId);
            lastBody = { text: this.__body, bodyId: this.__r.bodyId };
        }
        return this.__body;
    };
    Response.prototype.json = function () {
        if (this.__json === undefined) {
            var root = native.jsonRoot(this.__r.bodyId);
            this.__json = { value: root ? lazyJson(this.__r.bodyId, root.begin, root.end, root.kind) : JSON.parse(this.text()) };
        }
        return this.__json.value;
    };
    Response.prototype.reason = function () { return this.__r.status; };
    Response.prototype.size = function () { var r = this.__r; return { body: r.responseSize, header: r.headerSize, total: r.responseSize + r.headerSize }; };
    Response.prototype.toJSON = function () {
        var r = this.__r;
        return { code: r.code, status: r.status, header: this.headers.toJSON(), responseTime: r.responseTime, responseSize: r.responseSize };
    };
    Object.defineProperty(Response.prototype, 'to', { get: function () { return expect(this).to; } });
    Object.defineProperty(Response.prototype, 'be', { get: function () { return expect(this).to.be; } });
    function makeResponse(r) { return new Response(r); }

    // ---- pm.cookies: the cookies the jar holds for the request's URL (after the response, in
    // test scripts), as postman-collection's CookieList; jar() reaches the run's cookie jar.
    function Cookie(c) {
        this.name = c.name;
        this.value = c.value;
        this.domain = c.domain;
        this.path = c.path;
        this.expires = c.expires === undefined ? null : c.expires;
        this.httpOnly = !!c.httpOnly;
        this.secure = !!c.secure;
        this.hostOnly = !!c.hostOnly;
        this.session = !c.expires;
    }
    Cookie.prototype.valueOf = function () { return this.value; };
    Cookie.prototype.toString = function () { return this.name + '=' + this.value; };
    Object.defineProperty(Cookie.prototype, 'key', { get: function () { return this.name; } });
    function CookieList(list) { this.__list = list.map(function (c) { return new Cookie(c); }); }
    CookieList.prototype.one = function (name) {
        for (var i = this.__list.length - 1; i >= 0; --i) if (this.__list[i].name === name) return this.__list[i];
        return undefined;
    };
    CookieList.prototype.get = function (name) { var c = this.one(name); return c ? c.value : undefined; };
    CookieList.prototype.has = function (name, value) { var c = this.one(name); return !!c && (arguments.length < 2 || c.value === value); };
    CookieList.prototype.all = function () { return this.__list.slice(); };
    CookieList.prototype.count = function () { return this.__list.length; };
    CookieList.prototype.idx = function (i) { return this.__list[i]; };
    CookieList.prototype.each = function (f, ctx) { this.__list.forEach(f, ctx); };
    CookieList.prototype.map = function (f, ctx) { return this.__list.map(f, ctx); };
    CookieList.prototype.filter = function (f, ctx) { return this.__list.filter(f, ctx); };
    CookieList.prototype.find = function (f, ctx) { return this.__list.find(f, ctx); };
    CookieList.prototype.reduce = function (f, acc) { return this.__list.reduce(f, acc); };
    CookieList.prototype.indexOf = function (c) { return this.__list.indexOf(typeof c === 'string' ? this.one(c) : c); };
    CookieList.prototype.toObject = function () { var r = {}; this.__list.forEach(function (c) { r[c.name] = c.value; }); return r; };
    CookieList.prototype.toJSON = function () { return this.__list.map(function (c) { return Object.assign({}, c); }); };
    CookieList.prototype.toString = function () { return this.__list.map(String).join('; '); };
    // The jar's callbacks are called before the method returns (Postman calls them later; scripts
    // that wait for the callback behave the same).
    function cookieCall(cb, fn) {
        var result, error = null;
        try { result = fn(); } catch (e) { error = e; }
        if (typeof cb === 'function') cb(error, result);
    }
    function jarUrl(url) {
        if (url instanceof Url) url = String(url);
        if (typeof url !== 'string' || !url) throw new Error('CookieJar: invalid URL');
        return url.indexOf('://') < 0 ? 'http://' + url : url;
    }
    CookieList.prototype.jar = function () {
        return {
            get: function (url, name, cb) {
                cookieCall(cb, function () { var c = new CookieList(native.cookiesFor(jarUrl(url))).one(name); return c ? c.value : undefined; });
            },
            getAll: function (url, options, cb) {
                if (typeof options === 'function') cb = options;
                cookieCall(cb, function () { return new CookieList(native.cookiesFor(jarUrl(url))).all(); });
            },
            set: function (url, name, value, cb) {
                var c = name && typeof name === 'object' ? name : { name: name, value: value };
                if (typeof value === 'function') cb = value;
                cookieCall(cb, function () {
                    if (!native.setCookie(jarUrl(url), String(c.name || c.key), stringValue(c.value), c.path || '', c.domain || '', !!c.secure, !!c.httpOnly))
                        throw new Error('CookieJar: the cookie was not stored');
                    return new Cookie({ name: c.name || c.key, value: stringValue(c.value), domain: c.domain, path: c.path || '/' });
                });
            },
            unset: function (url, name, cb) { cookieCall(cb, function () { native.unsetCookie(jarUrl(url), String(name)); }); },
            clear: function (url, cb) { cookieCall(cb, function () { native.clearCookies(jarUrl(url)); }); }
        };
    };

    // xml2Json as Postman's (xml2js with explicitArray false, trim true): attributes under $, text
    // under _ when an element has more; parsed natively (QXmlStreamReader).
    function xml2Json(xml) { return native.xml2Json(String(xml)); }

    // ---- one script run ----
    var run = null;

    // pm.sendRequest: the runner sends the request after the script and calls the callback
    // through __gh.deliver when the answer is there.
    var outgoingCounter = 0;
    var callbacks = {};
    function normalizeOutgoing(req) {
        if (typeof req === 'string' || req instanceof Url) req = { url: String(req) };
        var headers = [];
        var h = req.header || req.headers;
        if (h instanceof HeaderList) h = h.all();
        if (Array.isArray(h)) h.forEach(function (x) { if (!x.disabled) headers.push({ key: String(x.key), value: stringValue(x.value) }); });
        else if (h && typeof h === 'object') Object.keys(h).forEach(function (k) { headers.push({ key: k, value: stringValue(h[k]) }); });
        var body = null;
        var b = req.body;
        if (typeof b === 'string') {
            body = b;
        } else if (b && b.mode === 'raw') {
            body = typeof b.raw === 'string' ? b.raw : JSON.stringify(b.raw);
        } else if (b && b.mode === 'urlencoded') {
            body = (b.urlencoded || []).filter(function (p) { return !p.disabled; }).map(function (p) {
                return encodeURIComponent(p.key) + '=' + encodeURIComponent(stringValue(p.value));
            }).join('&');
            if (!headers.some(function (x) { return x.key.toLowerCase() === 'content-type'; }))
                headers.push({ key: 'Content-Type', value: 'application/x-www-form-urlencoded' });
        }
        return { method: String(req.method || 'GET').toUpperCase(), url: String(req.url), headers: headers, body: body };
    }

    function pmTest(name, fn) {
        var entry = { name: String(name), passed: true, message: '', skipped: false };
        run.assertions.push(entry);
        if (typeof fn !== 'function') { entry.skipped = true; return pm; }
        try {
            fn();
        } catch (e) {
            entry.passed = false;
            entry.message = (e && e.message !== undefined) ? String(e.message) : String(e);
            entry.errorName = (e && e.name) ? String(e.name) : 'Error';
        }
        return pm;
    }
    pmTest.skip = function (name) { run.assertions.push({ name: String(name), passed: true, message: '', skipped: true }); return pm; };

    function setNextRequest(name) { run.nextRequest = name === null || name === undefined ? null : String(name); run.nextRequestSet = true; }

    pm = {
        test: pmTest,
        expect: expect,
        environment: VariableScope('environment'),
        globals: VariableScope('globals'),
        collectionVariables: VariableScope('collectionVariables'),
        iterationData: VariableScope('iterationData', true),
        variables: pmVariables,
        execution: {
            setNextRequest: setNextRequest,
            skipRequest: function () { run.skip = true; },
            location: []
        },
        info: {},
        require: function (name) { return requireModule(name); },
        sendRequest: function (req, callback) {
            var id = ++outgoingCounter;
            callbacks[id] = callback;
            var o = normalizeOutgoing(req);
            o.id = id;
            run.outgoing.push(o);
        }
    };
    pm.environment.name = '';
    var postman = {
        setNextRequest: setNextRequest,
        setEnvironmentVariable: function (k, v) { scopesChanged = true; scopes.environment[k] = v; },
        getEnvironmentVariable: function (k) { return scopes.environment[k]; },
        clearEnvironmentVariable: function (k) { scopesChanged = true; delete scopes.environment[k]; },
        clearEnvironmentVariables: function () { scopesChanged = true; scopes.environment = {}; },
        setGlobalVariable: function (k, v) { scopesChanged = true; scopes.globals[k] = v; },
        getGlobalVariable: function (k) { return scopes.globals[k]; },
        clearGlobalVariable: function (k) { scopesChanged = true; delete scopes.globals[k]; },
        clearGlobalVariables: function () { scopesChanged = true; scopes.globals = {}; },
        getResponseHeader: function (n) { var res = currentResponse(); return res ? res.headers.get(n) : undefined; },
        getResponseCookie: function (n) { return currentResponse() ? pm.cookies.one(n) : undefined; }
    };

    var systemModules = {}; // loaded once per engine
    function requireModule(name) {
        switch (name) {
        case 'moment':
            if (!systemModules[name]) systemModules[name] = native.systemModule(name);
            return systemModules[name];
        case 'lodash': return _;
        case 'crypto-js': return CryptoJS;
        case 'uuid': return uuid;
        case 'chai': return { expect: expect, AssertionError: AssertionError };
        case 'atob': return global.atob;
        case 'buffer': return { Buffer: Buffer };
        case 'btoa': return global.btoa;
        case 'ajv': return Ajv;
        case 'tv4': return tv4;
        case 'xml2js': return { parseString: function (xml, options, cb) { if (typeof options === 'function') cb = options; var r = xml2Json(xml); cb(r === undefined ? new Error('Invalid XML') : null, r); } };
        default: throw new Error("Cannot find module '" + name + "'");
        }
    }

    function formatLog(args) {
        return Array.prototype.map.call(args, function (a) {
            if (typeof a === 'string') return a;
            if (a && typeof a === 'object') { try { return JSON.stringify(a); } catch (e) { return String(a); } }
            return String(a);
        }).join(' ');
    }
    function logger(level) { return function () { run.console.push({ level: level, text: formatLog(arguments) }); }; }
    var console = { log: logger('log'), info: logger('info'), warn: logger('warn'), error: logger('error'), debug: logger('debug') };

    global.__gh = {
        setScope: function (key, pairs) {
            var o = {};
            pairs.forEach(function (p) { o[p[0]] = p[1]; });
            scopes[key] = o;
        },
        getScope: function (key) {
            var s = scopes[key];
            return Object.keys(s).map(function (k) { return [k, stringValue(s[k])]; });
        },
        // Only what every script needs is built here; pm.request, pm.response, pm.cookies and the
        // legacy globals are built when a script first reads them (the accessors below): a run
        // calls this thousands of times a second.
        // The response comes as plain values, its headers as [name0, value0, ...]; pm.request's
        // data is fetched from the native side when a script first reads it.
        begin: function (eventName, iteration, iterationCount, environmentName, requestName, requestId,
                         code, status, flatHeaders, bodyId, responseTime, responseSize, headerSize) {
            var ctx = {
                eventName: eventName, iteration: iteration, iterationCount: iterationCount, environmentName: environmentName,
                __request: null,
                get request() { return this.__request || (this.__request = native.currentRequest()); },
                response: null
            };
            if (flatHeaders !== undefined) {
                var headers = [];
                for (var i = 0; i < flatHeaders.length; i += 2)
                    headers.push({ key: flatHeaders[i], value: flatHeaders[i + 1] });
                ctx.response = { code: code, status: status, headers: headers, bodyId: bodyId, responseTime: responseTime,
                                 responseSize: responseSize, headerSize: headerSize };
            }
            run = { ctx: ctx, assertions: [], console: [], nextRequest: null, nextRequestSet: false, skip: false, request: null, response: null,
                    cookies: null, legacy: {}, outgoing: [] };
            pm.info = { eventName: eventName, iteration: iteration, iterationCount: iterationCount,
                        requestName: requestName, requestId: requestId };
            pm.environment.name = ctx.environmentName;
            global.tests = {};
            global.pm = pm;
            global.postman = postman;
            global.console = console;
            global.iteration = ctx.iteration;
        },
        end: function (errored) {
            if (!errored) Object.keys(global.tests || {}).forEach(function (name) {
                var ok = !!global.tests[name];
                run.assertions.push({ name: name, passed: ok, message: ok ? '' : 'expected ' + inspect(global.tests[name]) + ' to be truthy', skipped: false,
                                     errorName: ok ? '' : 'AssertionError' });
            });
            var req = run.request; // null when no script looked at pm.request: nothing changed
            var changed = scopesChanged;
            scopesChanged = false;
            // An array, read by index on the native side (cheaper than named properties): the
            // assertions flattened to [name, passed, skipped, message, errorName, ...], and null
            // for what the script left empty.
            var assertions = [];
            run.assertions.forEach(function (a) { assertions.push(a.name, a.passed, a.skipped, a.message, a.errorName); });
            return [changed, assertions, run.console.length ? run.console : null, run.nextRequest, run.nextRequestSet, run.skip,
                    run.outgoing.length ? run.outgoing : null,
                    req ? { method: String(req.method), url: String(req.url), headers: req.headers.__list,
                            body: req.body && typeof req.body === 'object' && req.body.raw !== undefined ? String(req.body.raw) : null } : null];
        },
        // Calls a pm.sendRequest callback; its pm.test results and console lines are collected
        // like a script's (end() afterwards).
        deliver: function (id, error, response) {
            var before = run || { ctx: null, request: null, response: null, cookies: null };
            run = { ctx: before.ctx, assertions: [], console: [], nextRequest: null, nextRequestSet: false, skip: false,
                    response: before.response, request: before.request, cookies: before.cookies, legacy: {}, outgoing: [] };
            global.tests = {};
            var callback = callbacks[id];
            delete callbacks[id];
            if (typeof callback !== 'function') return;
            var res;
            if (response) {
                res = makeResponse(response);
                res.stream = { toString: function () { return res.text(); } };
            }
            callback(error ? new Error(error) : null, res);
        },
        consoleOf: function () { return run ? run.console : []; },
        // Runs a compiled script; what it throws comes back as {thrown, stack}.
        invoke: function (fn) {
            try {
                fn();
                return undefined;
            } catch (e) {
                return { thrown: e, stack: e && typeof e === 'object' && e.stack ? String(e.stack) : '' };
            }
        }
    };
    function currentRequest() {
        if (!run.request && run.ctx) run.request = makeRequest(run.ctx.request);
        return run.request;
    }
    function currentResponse() {
        if (!run.response && run.ctx && run.ctx.response) run.response = makeResponse(run.ctx.response);
        return run.response || undefined;
    }
    function currentCookies() {
        if (!run.cookies) run.cookies = new CookieList(run.ctx ? native.cookiesFor(run.ctx.request.url) : []);
        return run.cookies;
    }
    Object.defineProperty(pm, 'request', { get: currentRequest, set: function (v) { run.request = v; }, enumerable: true, configurable: true });
    Object.defineProperty(pm, 'response', { get: currentResponse, set: function (v) { run.response = v; }, enumerable: true, configurable: true });
    Object.defineProperty(pm, 'cookies', { get: currentCookies, set: function (v) { run.cookies = v; }, enumerable: true, configurable: true });
    // The legacy globals of Postman's old sandbox, computed when read; a script may assign them
    // (for the rest of its run).
    function legacyGlobal(name, compute) {
        Object.defineProperty(global, name, {
            get: function () {
                if (!Object.prototype.hasOwnProperty.call(run.legacy, name)) run.legacy[name] = compute();
                return run.legacy[name];
            },
            set: function (v) { run.legacy[name] = v; },
            enumerable: true, configurable: true
        });
    }
    legacyGlobal('request', function () {
        var r = run.ctx.request;
        var body = r.body || {};
        var data = {};
        if (body.mode === 'raw') {
            data = body.raw;
        } else if (body.mode === 'urlencoded' || body.mode === 'formdata') {
            (body[body.mode] || []).forEach(function (f) {
                if (f.disabled) return;
                if (Object.prototype.hasOwnProperty.call(data, f.key))
                    data[f.key] = [].concat(data[f.key], [f.value]);
                else
                    data[f.key] = f.value;
            });
        }
        return { url: r.url, method: r.method, name: r.name, id: r.id, headers: currentRequest().headers.toObject(), data: data };
    });
    // The body is read from the engine only when a script uses it.
    legacyGlobal('responseBody', function () { var res = currentResponse(); return res ? res.text() : undefined; });
    legacyGlobal('responseCode', function () {
        var r = run.ctx.response;
        return r ? { code: r.code, name: r.status, detail: r.status } : undefined;
    });
    legacyGlobal('responseTime', function () { return run.ctx.response ? run.ctx.response.responseTime : undefined; });
    legacyGlobal('responseHeaders', function () { var res = currentResponse(); return res ? res.headers.toObject() : undefined; });
    legacyGlobal('responseCookies', function () { return run.ctx.response ? currentCookies().all() : undefined; });
    // The legacy globals are live views: postman.setEnvironmentVariable shows in `environment`.
    // A script may write to these objects directly: reading them counts as a change.
    Object.defineProperty(global, 'environment', { get: function () { scopesChanged = true; return scopes.environment; }, configurable: true });
    Object.defineProperty(global, 'globals', { get: function () { scopesChanged = true; return scopes.globals; }, configurable: true });
    Object.defineProperty(global, 'data', { get: function () { return scopes.iterationData; }, configurable: true });
    global._ = _;
    global.CryptoJS = CryptoJS;
    global.uuid = uuid;
    global.require = requireModule;
    // Node's Buffer as Postman's sandbox has it, the part scripts use (Basic auth checks, base64
    // and hex): from(), toString(), length, isBuffer(), byteLength(), concat(); bytes as hex.
    function Buffer(hex) { this._hex = hex; this.length = hex.length / 2; }
    function bufferEncoding(encoding) {
        var e = String(encoding || 'utf8').toLowerCase();
        return e === 'binary' || e === 'ascii' ? 'latin1' : e === 'utf-8' ? 'utf8' : e;
    }
    Buffer.from = function (value, encoding) {
        if (value instanceof Buffer) return new Buffer(value._hex);
        if (Array.isArray(value)) return new Buffer(value.map(function (b) { return ('0' + (b & 255).toString(16)).slice(-2); }).join(''));
        var text = String(value);
        switch (bufferEncoding(encoding)) {
        case 'hex': return new Buffer(text.toLowerCase());
        case 'base64': return new Buffer(native.base64ToHex(text));
        case 'latin1': return new Buffer(native.latin1ToHex(text));
        default: return new Buffer(native.utf8ToHex(text));
        }
    };
    Buffer.isBuffer = function (b) { return b instanceof Buffer; };
    Buffer.byteLength = function (value, encoding) { return Buffer.from(value, encoding).length; };
    Buffer.concat = function (list) { return new Buffer(list.map(function (b) { return b._hex; }).join('')); };
    Buffer.prototype.toString = function (encoding) {
        switch (bufferEncoding(encoding)) {
        case 'hex': return this._hex;
        case 'base64': return native.hexToBase64(this._hex);
        case 'latin1': return native.hexToLatin1(this._hex);
        default: return native.hexToUtf8(this._hex);
        }
    };
    Buffer.prototype.toJSON = function () {
        var data = [];
        for (var i = 0; i < this._hex.length; i += 2) data.push(parseInt(this._hex.substr(i, 2), 16));
        return { type: 'Buffer', data: data };
    };
    global.Buffer = Buffer;
    global.atob = function (s) { return native.atob(String(s)); };
    global.btoa = function (s) { return native.btoa(String(s)); };
    global.tv4 = tv4;
    global.xml2Json = xml2Json;
})(Function('return this')()); // the global object: this engine has no globalThis
