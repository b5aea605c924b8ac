/**
 * A wire adapter over the preview's Salesforce data service (window.__handoffPreview.salesforce).
 * Each config a component wires is one data request, counted for the card that asked (its tag name),
 * the way Lightning Data Service answers: asynchronously, `{ data, error }`, and again when the record
 * changes after a write.
 */
export function service() {
    const preview = globalThis.__handoffPreview;
    if (!preview || !preview.salesforce) {
        throw new Error('The preview runtime (runtime.js) must load before the Salesforce cards.');
    }
    return preview.salesforce;
}

export function createWireAdapter(load) {
    return class {
        constructor(dataCallback, sourceContext) {
            this.dataCallback = dataCallback;
            this.card = (sourceContext && sourceContext.tagName) || 'unknown';
            this.config = undefined;
            this.connected = false;
            this.unsubscribe = undefined;
            this.generation = 0;
        }

        connect() {
            this.connected = true;
            this.unsubscribe = service().onChange(() => {
                if (this.config) this.fetch();
            });
        }

        disconnect() {
            this.connected = false;
            if (this.unsubscribe) this.unsubscribe();
        }

        update(config) {
            this.config = config;
            this.fetch();
        }

        fetch() {
            const generation = ++this.generation;
            load(service(), this.config, this.card).then((result) => {
                // An incomplete config gets no answer; a newer config or a disconnect makes an older
                // answer irrelevant, as in LDS.
                if (result && generation === this.generation && this.connected) this.dataCallback(result);
            });
        }
    };
}
