ALTER TABLE `events` ADD `note` text;--> statement-breakpoint
ALTER TABLE `figures` ADD `note` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `note` text;--> statement-breakpoint
ALTER TABLE `votes` ADD `note` text;