CREATE TABLE `location_ancestors` (
	`location_id` text NOT NULL,
	`ancestor_id` text NOT NULL,
	`depth` integer NOT NULL,
	PRIMARY KEY(`ancestor_id`, `location_id`),
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ancestor_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `location_ancestors_location_idx` ON `location_ancestors` (`location_id`);--> statement-breakpoint
CREATE TABLE `quantities` (
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
	CONSTRAINT "quantities_category_check" CHECK(category IN ('humanitarian', 'membership', 'organizations', 'military', 'duration', 'count')),
	CONSTRAINT "quantities_metric_check" CHECK(metric IN ('trapped', 'besieged', 'killed', 'injured', 'displaced', 'evacuated', 'moved', 'fighters', 'member_states', 'organizations', 'countries', 'supporting_states', 'vetoes', 'hours'))
);
--> statement-breakpoint
CREATE INDEX `quantities_sort_idx` ON `quantities` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `quantities_metric_idx` ON `quantities` (`metric`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `quantities_location_idx` ON `quantities` (`location_id`,`sort_date`,`id`);--> statement-breakpoint
ALTER TABLE `figures` ADD `quantity_id` text REFERENCES quantities(id);--> statement-breakpoint
CREATE INDEX `figures_quantity_idx` ON `figures` (`quantity_id`,`sort_date`,`id`);