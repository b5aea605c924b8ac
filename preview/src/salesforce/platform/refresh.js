/** Preview stand-in for lightning/refresh: a RefreshEvent reloads every wired record. */
export class RefreshEvent extends CustomEvent {
    constructor() {
        super('lightning__refresh', { composed: true, cancelable: true, bubbles: true });
    }
}

export function registerRefreshHandler() {}
export function unregisterRefreshHandler() {}
