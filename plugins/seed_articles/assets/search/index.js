/* The prebuilt index: a manifest, range shards of postings and one store
 * file per page, each fetched once and only when a query needs it. */
(function (root) {
  "use strict";
  const S = root.SeedSearch || (root.SeedSearch = {});
  const MAX_PREFIX_SHARDS = 2;  // shards read to complete the word being typed

  /* Base64 of varints (7 bits a byte, high bit = more) gap, weight, gap, weight, ...
   * → Map(page → weight). */
  S.decodePostings = encoded => {
    const bytes = atob(encoded);
    const pages = new Map();
    let page = 0;
    let value = 0;
    let shift = 0;
    let gap = -1;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes.charCodeAt(i);
      value += (byte & 127) * 2 ** shift;
      if (byte & 128) {
        shift += 7;
        continue;
      }
      if (gap < 0) {
        gap = value;
      } else {
        page += gap;
        pages.set(page, value);
        gap = -1;
      }
      value = 0;
      shift = 0;
    }
    return pages;
  };

  S.Index = class {
    constructor(base) {
      this.base = base;
      this.manifest = null;
      this.shards = new Map();
      this.pages = new Map();
    }

    async load() {
      const response = await fetch(new URL("manifest.json", this.base), { cache: "no-cache" });
      if (!response.ok) throw new Error(`search manifest: HTTP ${response.status}`);
      this.manifest = await response.json();
      return this;
    }

    url(path) {
      return new URL(`${path}?v=${this.manifest.version}`, this.base);
    }

    /* Number of the shard a key falls in (last shard whose first key <= key), or -1. */
    shardOf(key) {
      const firsts = this.manifest.shards;
      let low = 0;
      let high = firsts.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (firsts[middle] <= key) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found;
    }

    shard(number) {
      if (!this.shards.has(number))
        this.shards.set(number, fetch(this.url(`i/${number}.json`))
          .then(response => response.ok ? response.json() : {})
          .then(data => new Map(Object.entries(data))));
      return this.shards.get(number);
    }

    async get(key) {
      const number = this.shardOf(key);
      return number < 0 ? undefined : (await this.shard(number)).get(key);
    }

    /* Every [key, value] whose key starts with `prefix` (bounded number of shards). */
    async startingWith(prefix) {
      const first = Math.max(0, this.shardOf(prefix));
      const last = Math.min(this.shardOf(prefix + "\uffff"), first + MAX_PREFIX_SHARDS - 1);
      const found = [];
      for (let number = first; number <= last; number++)
        for (const entry of await this.shard(number))
          if (entry[0].startsWith(prefix)) found.push(entry);
      return found;
    }

    page(id) {
      if (!this.pages.has(id))
        this.pages.set(id, fetch(this.url(`p/${id}.json`))
          .then(response => response.ok ? response.json() : null));
      return this.pages.get(id);
    }
  };
})(self);
