PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_figures` (
	`id` text PRIMARY KEY NOT NULL,
	`metric` text NOT NULL,
	`category` text NOT NULL,
	`value` real,
	`low` real,
	`high` real,
	`qualifier` text NOT NULL,
	`raw_text` text NOT NULL,
	`unit` text NOT NULL,
	`subject` text,
	`location_id` text,
	`as_of` text,
	`as_of_precision` text NOT NULL,
	`as_of_basis` text NOT NULL,
	`as_of_note` text,
	`sort_date` text NOT NULL,
	`claimed_by_id` text,
	`event_id` text,
	`method` text DEFAULT 'curated' NOT NULL,
	`confidence` real DEFAULT 1 NOT NULL,
	`note` text,
	`quantity_id` text,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claimed_by_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`quantity_id`) REFERENCES `quantities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "figures_category_check" CHECK(category IN ('humanitarian', 'membership', 'organizations', 'military', 'duration', 'count', 'territory', 'funding', 'distance')),
	CONSTRAINT "figures_metric_check" CHECK(metric IN ('trapped', 'besieged', 'killed', 'injured', 'displaced', 'evacuated', 'moved', 'fighters', 'member_states', 'organizations', 'countries', 'supporting_states', 'vetoes', 'hours', 'fled', 'starving', 'out_of_reach', 'sheltering', 'missing', 'detained', 'in_need', 'separated', 'assisted', 'duration', 'age', 'family_size', 'staff', 'facilities', 'vehicles', 'supplies', 'territory', 'funding', 'people', 'capacity', 'attacks', 'documents', 'price', 'distance', 'opinion', 'animals')),
	CONSTRAINT "figures_qualifier_check" CHECK(qualifier IN ('exact', 'more_than', 'at_least', 'nearly', 'about', 'at_most', 'range', 'vague')),
	CONSTRAINT "figures_precision_check" CHECK(as_of_precision IN ('day', 'month', 'year', 'unknown')),
	CONSTRAINT "figures_basis_check" CHECK(as_of_basis IN ('stated', 'relative', 'publication', 'inferred')),
	CONSTRAINT "figures_method_check" CHECK(method IN ('curated', 'extracted')),
	CONSTRAINT "figures_bounds_check" CHECK(low IS NULL OR high IS NULL OR low <= high)
);
--> statement-breakpoint
INSERT INTO `__new_figures`("id", "metric", "category", "value", "low", "high", "qualifier", "raw_text", "unit", "subject", "location_id", "as_of", "as_of_precision", "as_of_basis", "as_of_note", "sort_date", "claimed_by_id", "event_id", "method", "confidence", "note", "quantity_id") SELECT "id", "metric", "category", "value", "low", "high", "qualifier", "raw_text", "unit", "subject", "location_id", "as_of", "as_of_precision", "as_of_basis", "as_of_note", "sort_date", "claimed_by_id", "event_id", "method", "confidence", "note", "quantity_id" FROM `figures`;--> statement-breakpoint
DROP TABLE `figures`;--> statement-breakpoint
ALTER TABLE `__new_figures` RENAME TO `figures`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `figures_sort_idx` ON `figures` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_metric_idx` ON `figures` (`metric`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_category_idx` ON `figures` (`category`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_location_idx` ON `figures` (`location_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_claimed_by_idx` ON `figures` (`claimed_by_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_event_idx` ON `figures` (`event_id`);--> statement-breakpoint
CREATE INDEX `figures_quantity_idx` ON `figures` (`quantity_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE TABLE `__new_quantities` (
	`id` text PRIMARY KEY NOT NULL,
	`metric` text NOT NULL,
	`category` text NOT NULL,
	`unit` text NOT NULL,
	`unit_note` text,
	`subject` text NOT NULL,
	`location_id` text,
	`period_from` text,
	`period_to` text,
	`envelope_low` real,
	`envelope_high` real,
	`consistent` integer NOT NULL,
	`claim_count` integer NOT NULL,
	`note` text NOT NULL,
	`sort_date` text NOT NULL,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "quantities_category_check" CHECK(category IN ('humanitarian', 'membership', 'organizations', 'military', 'duration', 'count', 'territory', 'funding', 'distance')),
	CONSTRAINT "quantities_metric_check" CHECK(metric IN ('trapped', 'besieged', 'killed', 'injured', 'displaced', 'evacuated', 'moved', 'fighters', 'member_states', 'organizations', 'countries', 'supporting_states', 'vetoes', 'hours', 'fled', 'starving', 'out_of_reach', 'sheltering', 'missing', 'detained', 'in_need', 'separated', 'assisted', 'duration', 'age', 'family_size', 'staff', 'facilities', 'vehicles', 'supplies', 'territory', 'funding', 'people', 'capacity', 'attacks', 'documents', 'price', 'distance', 'opinion', 'animals'))
);
--> statement-breakpoint
INSERT INTO `__new_quantities`("id", "metric", "category", "unit", "unit_note", "subject", "location_id", "period_from", "period_to", "envelope_low", "envelope_high", "consistent", "claim_count", "note", "sort_date") SELECT "id", "metric", "category", "unit", "unit_note", "subject", "location_id", "period_from", "period_to", "envelope_low", "envelope_high", "consistent", "claim_count", "note", "sort_date" FROM `quantities`;--> statement-breakpoint
DROP TABLE `quantities`;--> statement-breakpoint
ALTER TABLE `__new_quantities` RENAME TO `quantities`;--> statement-breakpoint
CREATE INDEX `quantities_sort_idx` ON `quantities` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `quantities_metric_idx` ON `quantities` (`metric`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `quantities_location_idx` ON `quantities` (`location_id`,`sort_date`,`id`);