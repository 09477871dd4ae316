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

    /* Read the manifest; a failed read is forgotten so the next query tries again. */
    load() {
      if (!this.loading)
        this.loading = fetch(new URL("manifest.json", this.base), { cache: "no-cache" })
          .then(response => {
            if (!response.ok) throw new Error(`search manifest: HTTP ${response.status}`);
            return response.json();
          })
          .then(manifest => {
            this.manifest = manifest;
            this.listings = new Map(manifest.listings || []);  // page → folded title, pages that are not articles
            return this;
          })
          .catch(error => {
            this.loading = null;
            throw error;
          });
      return this.loading;
    }

    /* A cached fetch of JSON: every caller of one file shares one request; a
     * failed request is not cached, so a query never answers from a missing
     * shard and the next query fetches it again. */
    cached(cache, key, path, read = data => data) {
      if (!cache.has(key))
        cache.set(key, fetch(this.url(path))
          .then(response => {
            if (!response.ok) throw new Error(`search ${path}: HTTP ${response.status}`);
            return response.json();
          })
          .then(read)
          .catch(error => {
            cache.delete(key);
            throw error;
          }));
      return cache.get(key);
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
      return this.cached(this.shards, number, `i/${number}.json`, data => new Map(Object.entries(data)));
    }

    /* Whether a page is an article (every page is, when the build did not list the others). */
    isArticle(page) {
      return !this.listings || !this.listings.has(page);
    }

    async get(key) {
      const number = this.shardOf(key);
      return number < 0 ? undefined : (await this.shard(number)).get(key);
    }

    /* Every [key, value] whose key starts with `prefix` (bounded number of shards). */
    async startingWith(prefix) {
      const first = Math.max(0, this.shardOf(prefix));
      const last = Math.min(this.shardOf(prefix + "\uffff"), first + MAX_PREFIX_SHARDS - 1);
      const numbers = [];
      for (let number = first; number <= last; number++) numbers.push(number);
      const found = [];
      for (const shard of await Promise.all(numbers.map(number => this.shard(number))))
        for (const entry of shard)
          if (entry[0].startsWith(prefix)) found.push(entry);
      return found;
    }

    page(id) {
      return this.cached(this.pages, id, `p/${id}.json`);
    }
  };
})(self);
