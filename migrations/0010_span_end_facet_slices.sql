CREATE TABLE `event_facet_slices` (
	`dimension` text NOT NULL,
	`value` text,
	`type` text NOT NULL,
	`method` text NOT NULL,
	`month` text,
	`year` text,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `event_facet_slices_idx` ON `event_facet_slices` (`dimension`,`value`,`type`,`method`,`month`,`year`,`n`);--> statement-breakpoint
CREATE TABLE `figure_facet_slices` (
	`dimension` text NOT NULL,
	`value` text,
	`metric` text NOT NULL,
	`category` text NOT NULL,
	`method` text NOT NULL,
	`month` text,
	`year` text,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `figure_facet_slices_idx` ON `figure_facet_slices` (`dimension`,`value`,`metric`,`category`,`method`,`month`,`year`,`n`);--> statement-breakpoint
CREATE TABLE `statement_facet_slices` (
	`dimension` text NOT NULL,
	`value` text,
	`kind` text NOT NULL,
	`method` text NOT NULL,
	`month` text,
	`year` text,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `statement_facet_slices_idx` ON `statement_facet_slices` (`dimension`,`value`,`kind`,`method`,`month`,`year`,`n`);--> statement-breakpoint
DROP INDEX `events_sort_idx`;--> statement-breakpoint
DROP INDEX `events_type_idx`;--> statement-breakpoint
DROP INDEX `events_location_idx`;--> statement-breakpoint
ALTER TABLE `events` ADD `span_end` text;--> statement-breakpoint
CREATE INDEX `events_sort_idx` ON `events` (`sort_date`,`id`,`span_end`);--> statement-breakpoint
CREATE INDEX `events_type_idx` ON `events` (`type`,`sort_date`,`id`,`span_end`);--> statement-breakpoint
CREATE INDEX `events_location_idx` ON `events` (`location_id`,`sort_date`,`id`,`span_end`);